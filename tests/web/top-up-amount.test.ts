import { describe, expect, test } from 'vitest';
import { readAmount } from '@/components/wallet/top-up-form';

// The top-up box reads what was typed as won, or refuses it; it never drops characters to charge the rest.

describe('reading a top-up amount', () => {
  test('takes digits, grouped by commas or not', () => {
    expect(readAmount('50000')).toEqual({ amount: 50_000 });
    expect(readAmount('50,000')).toEqual({ amount: 50_000 });
    expect(readAmount(' 1,000,000 ')).toEqual({ amount: 1_000_000 });
    expect(readAmount('1')).toEqual({ amount: 1 });
  });

  test('refuses anything else as typed instead of charging what is left of it', () => {
    for (const typed of ['12.5', '-5', '5-', '1e3', '12won', '₩500', '0x10', '1,00', '10,0000', '1 000', '+5']) {
      expect(readAmount(typed), typed).toEqual({ problem: 'format' });
    }
  });

  test('an empty box, nothing, or more than the most one top-up may add is out of range', () => {
    expect(readAmount('')).toEqual({ problem: 'range' });
    expect(readAmount('0')).toEqual({ problem: 'range' });
    expect(readAmount('1000001')).toEqual({ problem: 'range' });
    expect(readAmount('99999999999999999999')).toEqual({ problem: 'range' });
  });
});
