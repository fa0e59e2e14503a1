"""Property-based run of schemathesis against the app's own OpenAPI document: never a 500.

Every operation gets generated requests, valid and invalid; each response must be a non-5xx that
conforms to the documented schema. Schema-valid input may still be refused with the documented 400
(an HTML page without an article body, text over the character limit), so the check that every
schema-valid request is accepted is left out.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance

from presslens.web.app import ServerSettings, create_app

schema = schemathesis.openapi.from_asgi(
    "/openapi.json", create_app(ServerSettings(max_body_bytes=100_000, max_chars=20_000))
)


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_fails(case):
    response = case.call()
    assert response.status_code < 500, response.text
    case.validate_response(response, excluded_checks=[positive_data_acceptance])
