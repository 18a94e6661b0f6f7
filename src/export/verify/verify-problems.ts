// An ordered list of problems without repeats: a file that is both listed and required is
// reported missing once.

export class Problems {
  private readonly items = new Set<string>();

  add(problem: string): void {
    this.items.add(problem);
  }

  has(problem: string): boolean {
    return this.items.has(problem);
  }

  get list(): string[] {
    return [...this.items];
  }
}

/** Stands in for the bytes of a ZIP entry that could not be inflated (already reported as changed). */
export const DAMAGED: Uint8Array = new Uint8Array(0);
