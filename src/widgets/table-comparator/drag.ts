/**
 * Drag by pointer events (mouse, pen and touch alike), not the HTML5 drag-and-drop API, which phones do not
 * fire. The grip that starts a drag has `touch-action: none`, so a finger drags instead of scrolling; the rest
 * of the card still scrolls the page. Drop targets carry `data-zone="<logic id>"`.
 */
export interface DragHandlers {
  /** The zone under the pointer changed (null: none). */
  over(zone: string | null): void;
  /** The card was dropped on a zone. */
  drop(zone: string): void;
}

const EDGE = 48;

/** Starts dragging `card` from a pointerdown on its grip. */
export function startDrag(down: PointerEvent, card: HTMLElement, root: ShadowRoot, on: DragHandlers): void {
  if (down.pointerType === 'mouse' && down.button !== 0) return;
  down.preventDefault();
  const grip = down.currentTarget as HTMLElement;
  try {
    grip.setPointerCapture(down.pointerId);
  } catch {
    /* synthetic or already released pointer: window listeners still follow it */
  }
  const x0 = down.clientX;
  const y0 = down.clientY;
  let scrolled = 0;
  let zone: string | null = null;
  card.classList.add('dragging');
  const zoneAt = (x: number, y: number): string | null => {
    for (const el of root.elementsFromPoint(x, y)) {
      if (card.contains(el)) continue;
      const z = el.closest<HTMLElement>('[data-zone]');
      if (z) return z.dataset.zone ?? null;
    }
    return null;
  };
  const move = (e: PointerEvent) => {
    if (e.pointerId !== down.pointerId) return;
    if (!card.isConnected) return stop();
    if (e.clientY < EDGE) scrolled -= scrollStep(-1);
    else if (e.clientY > innerHeight - EDGE) scrolled += scrollStep(1);
    card.style.transform = `translate(${e.clientX - x0}px, ${e.clientY - y0 + scrolled}px)`;
    const z = zoneAt(e.clientX, e.clientY);
    if (z !== zone) on.over((zone = z));
  };
  const stop = () => {
    removeEventListener('pointermove', move);
    removeEventListener('pointerup', end);
    removeEventListener('pointercancel', end);
    card.classList.remove('dragging');
    card.style.transform = '';
  };
  const end = (e: PointerEvent) => {
    if (e.pointerId !== down.pointerId) return;
    stop();
    if (!card.isConnected) return;
    on.over(null);
    const z = e.type === 'pointerup' ? zoneAt(e.clientX, e.clientY) : null;
    if (z) on.drop(z);
  };
  addEventListener('pointermove', move);
  addEventListener('pointerup', end);
  addEventListener('pointercancel', end);
}

function scrollStep(dir: number): number {
  const before = scrollY;
  scrollBy(0, dir * 12);
  return Math.abs(scrollY - before);
}
