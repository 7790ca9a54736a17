import { describe, expect, it } from '@jest/globals';
import { AccessKeyRequestInvalid } from './access.errors.js';
import { type IssueAccessKey, validateIssueAccessKey } from './issue-access-key.validation.js';

const base = { label: 'operator Desa Sukamaju', createdBy: 'cli' };

function refusal(request: IssueAccessKey): AccessKeyRequestInvalid {
  try {
    validateIssueAccessKey(request);
  } catch (error) {
    if (error instanceof AccessKeyRequestInvalid) return error;
    throw error;
  }
  throw new Error('expected the request to be refused');
}

describe('validate issue access key', () => {
  it('sorts an operator’s villages and drops repeats', () => {
    const valid = validateIssueAccessKey({
      ...base,
      role: 'operator',
      villages: ['32.01.01.2002', '32.01.01.2001', '32.01.01.2002'],
    });
    expect(valid.villages).toEqual(['32.01.01.2001', '32.01.01.2002']);
  });

  it('trims the label and gives other roles no villages', () => {
    const valid = validateIssueAccessKey({ ...base, label: '  BPD Sukamaju ', role: 'forum' });
    expect(valid).toEqual({ role: 'forum', villages: [], label: 'BPD Sukamaju', createdBy: 'cli' });
  });

  it('refuses an operator without a village', () => {
    expect(refusal({ ...base, role: 'operator', villages: [] }).params).toMatchObject({ field: 'villages' });
  });

  it('refuses villages for a role other than operator', () => {
    expect(refusal({ ...base, role: 'inspector', villages: ['32.01.01.2001'] }).code).toBe(
      'ACCESS.KEY_REQUEST_INVALID',
    );
  });

  it('refuses a village code that is not in the official form', () => {
    const error = refusal({ ...base, role: 'operator', villages: ['32.01.01.2001', '3201012001'] });
    expect(error.params).toEqual({ field: 'villages', villageCodes: ['3201012001'] });
    expect(error.kind).toBe('invalid');
  });

  it('refuses an unknown role, citizen included', () => {
    expect(refusal({ ...base, role: 'citizen' as never }).params).toEqual({ field: 'role' });
  });

  it('refuses an empty label and an empty issuer', () => {
    expect(refusal({ ...base, role: 'admin', label: '   ' }).params).toEqual({ field: 'label' });
    expect(refusal({ ...base, role: 'admin', createdBy: '' }).params).toEqual({ field: 'createdBy' });
  });
});
