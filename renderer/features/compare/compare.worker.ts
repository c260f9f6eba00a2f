import { createCompareHost } from './compare-protocol.ts';
import type { CompareAnswer, CompareRequest } from './compare-protocol.ts';

// Compares two periods off the UI thread (see compare-protocol.ts).
const scope = self as unknown as { postMessage: (m: CompareAnswer, transfer: Transferable[]) => void };
const host = createCompareHost((answer, transfer) => scope.postMessage(answer, transfer));
self.onmessage = (e: MessageEvent<CompareRequest>) => host(e.data);
