/** The key two names share when they differ only in case and surrounding spaces. */
export const looseKey = (name: string) => name.trim().toLowerCase();

/**
 * Records found by name in constant time, as `fromCsv` matches them: the first record with exactly
 * that name, else the first record of the given map (not one this import created) whose name differs
 * only in case and surrounding spaces. A `scope` narrows the search (a touchpoint's stage, a lane's
 * kind). Records are added in document order and never renamed during an import, so the first one
 * added is the first in the document.
 */
export class NameLookup<T> {
  private readonly exact = new Map<string, T>();
  private readonly loose = new Map<string, T>();

  constructor(
    private readonly name: (record: T) => string,
    private readonly scopes: (record: T) => readonly string[] = () => [""],
  ) {}

  /** Index a record (`imported`: created by this import, so matched by exact name only). */
  add(record: T, imported: boolean): void {
    const name = this.name(record);
    for (const scope of this.scopes(record)) {
      const exact = `${scope}\u0000${name}`;
      if (!this.exact.has(exact)) this.exact.set(exact, record);
      const loose = `${scope}\u0000${looseKey(name)}`;
      if (!imported && !this.loose.has(loose)) this.loose.set(loose, record);
    }
  }

  /** The record named `name` in `scope`: exactly, else ignoring case and spaces among the map's own. */
  find(name: string, scope = ""): T | undefined {
    return this.exact.get(`${scope}\u0000${name}`) ?? this.loose.get(`${scope}\u0000${looseKey(name)}`);
  }
}

/** Where each record of a list is, by id, kept up to date as records are added or replaced. */
export class IdIndex<T extends { id: string }> {
  private readonly at = new Map<string, number>();

  constructor(private readonly list: T[]) {
    list.forEach((record, i) => {
      if (!this.at.has(record.id)) this.at.set(record.id, i);
    });
  }

  get(id: string | undefined): T | undefined {
    const i = id === undefined ? undefined : this.at.get(id);
    return i === undefined ? undefined : this.list[i];
  }

  push(record: T): void {
    if (!this.at.has(record.id)) this.at.set(record.id, this.list.length);
    this.list.push(record);
  }

  /** Replace the record with `record.id` in place (it must be in the list). */
  replace(record: T): void {
    this.list[this.at.get(record.id)!] = record;
  }
}
