/**
 * Reads a file the player chose or dropped, refusing it before reading when it is over `maxBytes`.
 * `what` names what the file should be in the message ("a level", "a replay").
 */
export async function readFileText(file: File, maxBytes: number, what: string): Promise<{ ok: true; text: string } | { ok: false; problem: string }> {
  if (file.size > maxBytes) {
    return { ok: false, problem: `${file.name}: the file is ${(file.size / 1048576).toFixed(1)} MB; ${what} is at most ${maxBytes / 1048576} MB (is this the right file?)` };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, problem: `${file.name}: the file could not be read` };
  }
}
