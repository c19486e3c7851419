package health.covenant.vendors;

/** AI-01: what kind of AI system the vendor provides. */
public enum AiSystemType {

	GENERATIVE_LLM, PREDICTIVE, COMPUTER_VISION, NLP_EXTRACTION, AMBIENT_SCRIBE, ADMINISTRATIVE_AUTOMATION

}
