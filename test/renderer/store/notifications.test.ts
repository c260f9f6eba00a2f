import { afterEach, describe, expect, it, vi } from 'vitest';
import { INFO_NOTICE_MS, useNotices } from '../../../renderer/store/notifications.ts';

afterEach(() => {
  vi.useRealTimers();
  useNotices.setState({ notices: [] });
});

describe('notices', () => {
  it('informational notices close by themselves; warnings and errors stay until closed', () => {
    vi.useFakeTimers();
    const { notify } = useNotices.getState();
    notify('success', 'Lagret');
    notify('info', 'Lenken er kopiert');
    notify('warning', 'Sjekk rammen');
    notify('danger', 'Kunne ikke lagre');
    expect(useNotices.getState().notices).toHaveLength(4);
    vi.advanceTimersByTime(INFO_NOTICE_MS - 1);
    expect(useNotices.getState().notices).toHaveLength(4);
    vi.advanceTimersByTime(1);
    expect(useNotices.getState().notices.map((n) => n.kind)).toEqual(['warning', 'danger']);
  });
});
