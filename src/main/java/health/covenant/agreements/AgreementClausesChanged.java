package health.covenant.agreements;

/** Internal: a clause finding of an agreement changed (gap counts must be recomputed). */
record AgreementClausesChanged(long agreementId) {
}
