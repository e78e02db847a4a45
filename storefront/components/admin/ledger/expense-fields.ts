import type { FieldSpec } from '../../../lib/admin/form-state';
import { EXPENSE_CATEGORIES } from '../../../lib/expenses/categories';
import { exlabel, ext } from '../../../lib/expenses/messages';

/** An expense form's fields (recording one, changing a draft), with the values to start from. */
export function expenseFields(values: Partial<Record<'category' | 'supplier' | 'spentOn' | 'amount' | 'vatPaid' | 'note' | 'receiptId', string>>): FieldSpec[] {
  return [
    { name: 'category', label: ext('field.category'), type: 'select', required: true, defaultValue: values.category, options: EXPENSE_CATEGORIES.map((c) => ({ value: c, label: exlabel(`category.${c}`) })) },
    { name: 'supplier', label: ext('field.supplier'), required: true, autoComplete: 'organization', defaultValue: values.supplier },
    { name: 'spentOn', label: ext('field.spentOn'), type: 'date', required: true, defaultValue: values.spentOn },
    { name: 'amount', label: ext('field.amount'), inputMode: 'decimal', required: true, hint: ext('field.amountHint'), defaultValue: values.amount },
    { name: 'vatPaid', label: ext('field.vatPaid'), inputMode: 'decimal', defaultValue: values.vatPaid ?? '0', hint: ext('field.vatPaidHint') },
    { name: 'note', label: ext('field.note'), type: 'textarea', defaultValue: values.note },
    { name: 'receipt', label: ext('field.receipt'), type: 'file', accept: 'image/*', hint: ext('field.receiptHint') },
    ...(values.receiptId ? [{ name: 'receiptId', label: '', type: 'hidden' as const, defaultValue: values.receiptId }] : []),
  ];
}
