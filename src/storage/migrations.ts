// Pure row transforms for schema upgrades, each tested on its own (design/architecture.md).

/** v1 → v2: a capture lists the messages it saw; a message no longer carries lastCapturedAt. */
export function capturesSawMessages<C extends { id: string }>(captures: readonly C[], messages: readonly { id: string; captureIds: string[] }[]): (C & { messageIds: string[] })[] {
  const seen = new Map<string, string[]>(captures.map((c) => [c.id, []]));
  // v1 appended every sighting to the message, so its captureIds are exactly the captures that saw it.
  for (const m of messages) for (const captureId of m.captureIds) seen.get(captureId)?.push(m.id);
  return captures.map((c) => ({ ...c, messageIds: seen.get(c.id) ?? [] }));
}

export function withoutLastCapturedAt<M extends { lastCapturedAt?: unknown }>(message: M): Omit<M, 'lastCapturedAt'> {
  const { lastCapturedAt: _dropped, ...rest } = message;
  return rest;
}
