import '@testing-library/jest-dom/vitest';

// jsdom has no ResizeObserver; recharts' ResponsiveContainer needs a size to draw (TOOLCHAIN G4).
class FixedResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element): void {
    this.callback([{ target, contentRect: { width: 800, height: 400 } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver = FixedResizeObserver as unknown as typeof ResizeObserver;

// The dom project runs without vitest globals, so Testing Library cannot register its own cleanup.
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
afterEach(() => cleanup());

// jsdom logs "Not implemented" for window.scrollTo, which the shell calls when the screen changes.
window.scrollTo = (() => {}) as typeof window.scrollTo;
