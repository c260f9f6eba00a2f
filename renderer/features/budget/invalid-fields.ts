import { useEffect, useId } from 'react';
import { create } from 'zustand';

/**
 * Amount fields whose text is not a valid amount right now. While any is, the figures computed from
 * them still count the field's last valid value: the case view says so (InvalidFieldsNotice).
 */
export const useInvalidFields = create<{ fields: Record<string, string>; set: (id: string, label: string | null) => void }>((set) => ({
  fields: {},
  set: (id, label) =>
    set((s) => {
      const { [id]: _old, ...rest } = s.fields;
      return { fields: label === null ? rest : { ...rest, [id]: label } };
    }),
}));

/** Registers a field as invalid (`label`) or valid (null) while it is shown; returns an id for its message. */
export function useInvalidField(label: string, invalid: boolean): string {
  const id = useId();
  const set = useInvalidFields((s) => s.set);
  useEffect(() => {
    set(id, invalid ? label : null);
    return () => set(id, null);
  }, [id, label, invalid, set]);
  return id;
}
