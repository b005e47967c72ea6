// Shared by every jsdom project that renders the editor (react, react18, workshop).
// jsdom lacks the layout APIs React Flow relies on (see the toolchain notes): without these the
// editor's nodes stay hidden, so component tests could not see or edit a card.
export function installLayoutMocks(): void {
  class ResizeObserverMock {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      // React Flow measures nodes from this callback; it must fire asynchronously.
      setTimeout(() => {
        this.callback(
          [{ target, contentRect: target.getBoundingClientRect() } as unknown as ResizeObserverEntry],
          this as unknown as ResizeObserver,
        );
      }, 0);
    }
    unobserve() {}
    disconnect() {}
  }
  globalThis.ResizeObserver = ResizeObserverMock as unknown as typeof ResizeObserver;

  class DOMMatrixReadOnlyMock {
    m22: number;
    constructor(transform?: string) {
      const scale = transform?.match(/scale\(([1-9.])\)/)?.[1];
      this.m22 = scale !== undefined ? Number(scale) : 1;
    }
  }
  globalThis.DOMMatrixReadOnly = DOMMatrixReadOnlyMock as unknown as typeof DOMMatrixReadOnly;

  Object.defineProperties(globalThis.HTMLElement.prototype, {
    offsetHeight: {
      get() {
        return Number.parseFloat(this.style.height) || 1;
      },
    },
    offsetWidth: {
      get() {
        return Number.parseFloat(this.style.width) || 1;
      },
    },
  });
  (globalThis.SVGElement.prototype as unknown as { getBBox: () => DOMRect }).getBBox = () =>
    ({ x: 0, y: 0, width: 0, height: 0 }) as DOMRect;
}
