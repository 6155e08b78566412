// What a person types, read as the API takes it; anything else goes to the server as typed, and the server says
// what is wrong (next to the field).

/** "89,500" or "89 500" -> 89500. */
export function wholeNumber(text) {
  const plain = text.replace(/[\s,]/g, "");
  return /^\d+$/.test(plain) ? Number(plain) : text;
}

/** "11" or "11.5" percent -> 1100 or 1150 basis points. */
export function basisPoints(text) {
  const plain = text.trim().replace(/%$/, "").trim();
  return /^\d+(\.\d{1,2})?$/.test(plain) ? Math.round(Number(plain) * 100) : text;
}
