"""What an article claims: check-worthiness of every sentence, the claims worth checking, with
their kind, quantities, hedges and, when quoted or reported, who made them."""
