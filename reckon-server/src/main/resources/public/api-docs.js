"use strict";
// Swagger UI over the server's own OpenAPI document (GET /api/docs); nothing is fetched from elsewhere.
window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui", deepLinking: true, validatorUrl: null });
