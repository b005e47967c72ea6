import type { Card } from "@journeykit/core";

/** The cards of one task text in one section, with the actors each card has so far. */
interface SameTask {
  cards: Card[];
  actors: Set<string>[];
  /** Per actor: no card before this index lacks that actor (it only moves forward). */
  firstFree: Map<string, number>;
}

/**
 * Which card a task line belongs to. A task repeated in a section for other actors is the same card
 * (toMermaid writes one line per distinct score): a line goes to the first card with the same text
 * in the same section that has none of the line's actors yet, else to a new card. Looked up by
 * section and text, with a per-actor cursor that only moves forward, so a diagram with 100,000
 * repeated tasks is read in linear time (a scan of every card per line was quadratic).
 */
export class TaskCards {
  private readonly tasks = new Map<string, SameTask>();

  /** The card for a task line; `create` makes (and places) a new one when none fits. */
  cardFor(stageId: string, text: string, actors: readonly string[], create: () => Card): Card {
    const key = `${stageId}\u0000${text}`;
    const task = this.tasks.get(key);
    if (!task) {
      const card = create();
      this.tasks.set(key, { cards: [card], actors: [new Set(actors)], firstFree: new Map() });
      return card;
    }
    const { cards, firstFree } = task;
    const has = (index: number, actor: string) => task.actors[index]!.has(actor);
    let index = 0;
    for (const actor of actors) {
      let free = firstFree.get(actor) ?? 0;
      while (free < cards.length && has(free, actor)) free++;
      firstFree.set(actor, free);
      index = Math.max(index, free);
    }
    while (index < cards.length && actors.some((actor) => has(index, actor))) index++;
    if (index === cards.length) {
      cards.push(create());
      task.actors.push(new Set());
    }
    for (const actor of actors) task.actors[index]!.add(actor);
    return cards[index]!;
  }
}
