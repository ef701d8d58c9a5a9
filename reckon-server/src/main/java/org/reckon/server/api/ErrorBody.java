package org.reckon.server.api;

/** The JSON body of every error response. */
public record ErrorBody(int status, String error) {}
