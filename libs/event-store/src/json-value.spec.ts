import { describe, expect, it } from '@jest/globals';
import { assertJsonValue, toStoredJson } from './json-value.js';

describe('event data validation', () => {
  it('accepts plain JSON', () => {
    expect(() => assertJsonValue({ a: [1, 'x', null, true, { b: -0.5 }] }, 'data')).not.toThrow();
  });

  it.each([
    ['a NaN', { amount: Number.NaN }, 'data.amount must be a finite number'],
    ['an infinite number', [Infinity], 'data[0] must be a finite number'],
    ['a NUL character', { name: 'a\u0000b' }, 'data.name contains a NUL character'],
    ['a lone surrogate', { name: '\ud800' }, 'data.name is not well-formed Unicode'],
    ['a Date', { at: new Date(0) }, 'data.at is not plain JSON (found a Date; send an ISO 8601 string)'],
    ['a class instance', { m: new Map() }, 'data.m is not plain JSON (found Map)'],
  ])('refuses %s with a message naming the field', (_label, value, message) => {
    expect(() => assertJsonValue(value, 'data')).toThrow(message);
  });

  it('refuses data nested deeper than 32 levels', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = { d: deep };
    expect(() => assertJsonValue(deep, 'data')).toThrow('nested more than 32 levels deep');
  });

  it('stores what JSON keeps: undefined members are dropped', () => {
    expect(toStoredJson({ a: 1, b: undefined })).toEqual({ a: 1 });
  });
});
