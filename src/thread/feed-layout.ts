import { FlowLayout, type flow } from '@lit-labs/virtualizer/layouts/flow.js';

// The package exports its layouts, not their shared types.
type Size = FlowLayout['viewportSize'];
type Positions = FlowLayout['viewportScroll'];
type FlowSpecifier = ReturnType<typeof flow>;

const OVERHANG = 300;

/** A scroller's own scroll box: the size of its view and its scroll offsets. */
export interface ScrollBox {
  width: number;
  height: number;
  top: number;
  left: number;
}

export interface FeedLayoutConfig {
  /** The feed's own scroll box (it is its own scroller); undefined while it has none. */
  scrollBox?: () => ScrollBox | undefined;
}

/**
 * The flow layout for a feed that is its own scroller. The virtualizer lays out what lies in the part of
 * the feed inside the window (and its clipping ancestors), which is nothing while the feed is scrolled
 * off-screen: the feed would then hold no messages at all. Where that part is empty, this layout uses the
 * feed's own scroll box instead, so the feed always holds at least the messages at its own scroll position.
 */
export class FeedLayout extends FlowLayout {
  /**
   * Rows rendered beyond each edge of the view (px; the virtualizer's default is 1 000). Fewer rows to
   * create and remove while the feed follows a live stream; fast scrolling shows them a frame later.
   */
  protected override _overhang = OVERHANG;
  /** Config (see `FeedLayoutConfig`). */
  scrollBox?: () => ScrollBox | undefined;
  /** The feed's own box while the part of it in the window is empty. */
  #own?: ScrollBox;

  override get viewportSize(): Size {
    return super.viewportSize;
  }

  override set viewportSize(size: Size) {
    // The virtualizer sets the size, then the scroll offsets, on every view update.
    const own = size.width > 0 && size.height > 0 ? undefined : this.scrollBox?.();
    this.#own = own && own.width > 0 && own.height > 0 ? own : undefined;
    super.viewportSize = this.#own ? { width: this.#own.width, height: this.#own.height } : size;
  }

  override get viewportScroll(): Positions {
    return super.viewportScroll;
  }

  override set viewportScroll(coords: Positions) {
    super.viewportScroll = this.#own ? { top: this.#own.top, left: this.#own.left } : coords;
  }
}

/** The layout specifier for `virtualize({ layout })`. */
export const feedLayout = (config: FeedLayoutConfig): FlowSpecifier & FeedLayoutConfig => ({ type: FeedLayout, ...config });
