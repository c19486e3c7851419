package health.covenant.bench;

import java.util.List;
import java.util.Random;

/**
 * Words the generated names and texts are drawn from. Vendor names combine a brand word, a domain word
 * and often a company suffix ("Cobalt Scribe AI", "Meridian Imaging Labs"), so one letter matches most
 * names, two letters a large share and three letters a few percent, as in a real registry.
 */
final class WordLists {

	static final List<String> BRANDS = List.of("Aurora", "Nimbus", "Vertex", "Cobalt", "Summit", "Harbor",
			"Beacon", "Cedar", "Atlas", "Meridian", "Orion", "Sierra", "Quartz", "Juniper", "Falcon", "Granite",
			"Horizon", "Ivory", "Jasper", "Kestrel", "Lumen", "Maple", "Nova", "Onyx", "Pioneer", "Quill",
			"Radiant", "Sable", "Tidal", "Umber", "Vanguard", "Willow", "Xenon", "Yarrow", "Zephyr", "Alder",
			"Birch", "Crimson", "Delta", "Ember", "Fjord", "Glacier", "Halcyon", "Indigo", "Kinetic", "Lattice",
			"Mosaic", "Northwind", "Oakridge", "Prairie", "Quasar", "Redwood", "Saffron", "Tundra", "Upland",
			"Verdant", "Westbrook", "Amber", "Bluebird", "Cascade", "Driftwood", "Evergreen", "Foxglove",
			"Goldcrest", "Highland", "Ironwood", "Keystone", "Lakeshore", "Magnolia", "Newport", "Oasis",
			"Pinnacle", "Rivermark", "Silverline", "Trillium", "Unity", "Valence", "Wavelength", "Apex", "Bastion",
			"Catalyst", "Dynamo", "Equinox", "Fulcrum", "Genesis", "Helix", "Inkwell", "Jubilee", "Krypton",
			"Lodestar", "Monarch", "Nexus", "Obsidian", "Paragon", "Quantum", "Resonance", "Solstice", "Tessera",
			"Ultraviolet", "Vector", "Whitecap", "Axiom", "Brightwater", "Clearview", "Daybreak", "Elmstead",
			"Fairhaven", "Greystone", "Hollowbrook", "Islington", "Larkspur", "Moorland", "Northstar", "Overlook",
			"Pemberton", "Quarry", "Rosewood", "Starling", "Thornbury", "Vireo", "Wexford");

	static final List<String> DOMAINS = List.of("Health", "Scribe", "Clinical", "Care", "Med", "Radiology",
			"Imaging", "Genomics", "Insight", "Analytics", "Claims", "Coding", "Triage", "Pathology", "Cardio",
			"Neuro", "Pharma", "Rx", "Vision", "Voice", "Chart", "Notes", "Bridge", "Flow", "Logic", "Signal",
			"Pulse", "Sense", "Mind", "Data", "Cloud", "Link", "Point", "Sight", "Scan", "Dx", "Bio", "Gene",
			"Onco", "Derm", "Ortho", "Peds", "Ambient", "Dictation", "Revenue", "Billing", "Scheduling", "Portal",
			"Chat", "Assist", "Copilot", "Agent", "Metrics", "Registry", "Quality", "Safety", "Telehealth",
			"Remote", "Monitor", "Vitals", "Sepsis", "Staffing", "Nurse", "Lab", "Dental", "Script", "Consent",
			"Intake", "Referral", "Discharge");

	static final List<String> SUFFIXES = List.of("", "", "", "AI", "Inc.", "Labs", "Health", "Systems",
			"Technologies", "Solutions", "Analytics", "Software", "Group", "Corp.", "LLC", "Networks", "Digital",
			"Intelligence", "Sciences", "Medical");

	static final List<String> OFFERINGS = List.of("Ambient clinical documentation", "Radiology triage",
			"Prior authorisation automation", "Medical coding assistance", "Patient messaging chatbot",
			"Sepsis early warning", "Revenue cycle analytics", "Dermatology image classification",
			"Pathology slide analysis", "Discharge summary drafting", "Call centre speech analytics",
			"Population health risk scoring", "Clinical trial matching", "Nurse staffing forecasts",
			"Referral management", "Pharmacy benefit checks", "Denial prediction", "Appointment scheduling agent",
			"Retinal screening", "Cardiology ECG interpretation");

	static final List<String> DEPARTMENTS = List.of("emergency medicine", "primary care", "oncology", "cardiology",
			"radiology", "revenue cycle", "patient access", "nursing", "pharmacy", "behavioural health",
			"pediatrics", "orthopedics", "dermatology", "laboratory services", "health information management");

	static final List<String> TECHNIQUES = List.of("a large language model", "computer vision", "speech recognition",
			"gradient-boosted risk models", "retrieval-augmented generation", "natural language processing",
			"deep learning on DICOM images", "rules plus machine learning");

	static final List<String> SUBPROCESSORS = List.of("Foundation model API", "Cloud hosting", "Speech-to-text",
			"Customer support desk", "E-mail delivery", "Log analytics", "Backup storage", "Identity provider",
			"Annotation workforce", "Payment processing");

	static final List<String> SUBPROCESSOR_NAMES = List.of("Northwind Cloud", "Contoso Models", "Fabrikam Speech",
			"Tailspin Hosting", "Litware Support", "Adatum Logs", "Wingtip Backup", "Proseware Identity",
			"Lucerne Annotation", "Woodgrove Payments", "Alpine Compute", "Coho Messaging");

	static final List<String> REGIONS = List.of("us-east-1", "us-east-2", "us-west-2", "us-central1", "eastus",
			"westus2", "ca-central-1", "eu-west-1", "ap-south-1");

	static final List<String> FIRST_NAMES = List.of("Avery", "Jordan", "Morgan", "Riley", "Casey", "Taylor",
			"Jamie", "Quinn", "Harper", "Rowan", "Elena", "Marcus", "Priya", "Daniel", "Grace", "Omar", "Lucia",
			"Samuel", "Aisha", "Victor");

	static final List<String> LAST_NAMES = List.of("Patel", "Nguyen", "Garcia", "Okafor", "Schmidt", "Kowalski",
			"Haddad", "Rossi", "Tanaka", "Johnson", "Moreau", "Silva", "Novak", "Lindqvist", "Brennan", "Chen");

	private WordLists() {
	}

	static <T> T pick(Random random, List<T> words) {
		return words.get(random.nextInt(words.size()));
	}

	static String vendorName(Random random) {
		String suffix = pick(random, SUFFIXES);
		String name = pick(random, BRANDS) + " " + pick(random, DOMAINS);
		return suffix.isEmpty() ? name : name + " " + suffix;
	}

	static String person(Random random) {
		return pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES);
	}

}
