"""How an article persuades: spans using the 14 persuasion techniques of the Propaganda Techniques
Corpus (SemEval-2020 Task 11), each with a technique, a score and a reason a person can check."""
