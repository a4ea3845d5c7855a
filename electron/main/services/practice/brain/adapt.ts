// The only change a fine-tuned practice model makes to a remembered reply: carrying over an identifier
// (order number, ticket number, tracking code) from the new question, when the training example shows
// that the reply echoes the identifier its question gave. A real fine-tuned model learns exactly that
// habit ("Order #A1234 ships tomorrow" → echo the number asked about), and echoing the old example's
// number to a new customer would be the most obviously wrong thing the practice model could say.
//
// Deliberately NOT adapted:
// - Small numbers (quantities, prices, sizes, years): a different number can change what the correct
//   answer is, and a practice model cannot know how. Only identifier-like tokens qualify: letters followed
//   by digits, 3+ digits after a '#', or 5+ digits.
// - Names: telling a name from an ordinary word needs a real language model in three languages, and a
//   wrong substitution is worse than none.
// The substitution also requires exactly one identifier in each question, of the same shape, so there
// is never a guess about which identifier maps to which.

// Bounded by non-Latin-alphanumerics only, so "訂單A1234在哪" (Han letters around it) still matches.
// Group 1: digits after '#' (the '#' itself is not part of the identifier: replies often drop it).
// Group 2: letter-prefixed codes ending in a digit, or long digit runs.
const IDENTIFIER = /(?<![A-Za-z0-9])(?:#(\d{3,})|([A-Za-z]{1,4}-?\d[\dA-Za-z-]*\d|\d{5,}))(?![A-Za-z0-9])/g;

function identifiersIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.normalize('NFKC').matchAll(IDENTIFIER)) {
    const id = match[1] ?? match[2];
    if (id) found.add(id);
  }
  return Array.from(found);
}

/** Letters → A, digit runs → 9: "#A1234" and "#B98" share a shape, "A1234" and "12345" do not. */
function shape(identifier: string): string {
  return identifier.replace(/[A-Za-z]/g, 'A').replace(/\d+/g, '9');
}

/**
 * The remembered reply, with the training question's identifier replaced by the new question's when
 * the conditions in the header hold; otherwise the reply unchanged.
 */
export function carryOverIdentifier(reply: string, trainingQuestion: string, newQuestion: string): string {
  const fromTraining = identifiersIn(trainingQuestion);
  const fromQuestion = identifiersIn(newQuestion);
  if (fromTraining.length !== 1 || fromQuestion.length !== 1) return reply;
  const oldId = fromTraining[0] as string;
  const newId = fromQuestion[0] as string;
  if (oldId === newId || shape(oldId) !== shape(newId)) return reply;
  // Whole identifiers only: "12345" must not rewrite part of "123456".
  const escaped = oldId.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const occurrence = new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`, 'g');
  return reply.replace(occurrence, () => newId);
}
