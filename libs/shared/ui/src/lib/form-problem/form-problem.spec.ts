import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { ErrorBody } from '@wijkdeal/shared-contracts';
import { checkForm } from './check-form';
import { errorCode, toFormProblem } from './form-problem';

const httpError = (status: number, body: unknown) => new HttpErrorResponse({ status, error: body });

describe('toFormProblem', () => {
  it('maps the API error body to a summary message and a message per field', () => {
    const body: ErrorBody = {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Niet alles is goed ingevuld. Kijk de velden na.',
      details: [
        { field: 'email', reason: 'isEmail', message: 'Vul een geldig e-mailadres in.' },
        { field: 'name.nl', reason: 'isNotEmpty', message: 'Vul dit veld in.' },
      ],
    };
    const problem = toFormProblem(httpError(400, body), 'fallback');
    expect(problem).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'Niet alles is goed ingevuld. Kijk de velden na.',
      fields: { email: 'Vul een geldig e-mailadres in.', 'name.nl': 'Vul dit veld in.' },
      other: [],
    });
  });

  it('joins different messages for one field and keeps details without a field apart', () => {
    const body: ErrorBody = {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Kijk de velden na.',
      details: [
        { field: 'postcode', reason: 'isPostcode', message: 'Vul een Nederlandse postcode in.' },
        { field: 'postcode', reason: 'postcodeNeedsHouseNumber', message: 'Vul ze allebei in.' },
        { field: 'postcode', reason: 'isPostcode', message: 'Vul een Nederlandse postcode in.' },
        { reason: 'invalidJson', message: 'Dit is geen geldige JSON.' },
      ],
    };
    const problem = toFormProblem(httpError(400, body), 'fallback');
    expect(problem.fields).toEqual({ postcode: 'Vul een Nederlandse postcode in. Vul ze allebei in.' });
    expect(problem.other).toEqual(['Dit is geen geldige JSON.']);
  });

  it('uses the API message for an error without details', () => {
    const body: ErrorBody = { statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'Dit e-mailadres en wachtwoord horen niet bij elkaar.' };
    const problem = toFormProblem(httpError(401, body), 'fallback');
    expect(problem.message).toBe('Dit e-mailadres en wachtwoord horen niet bij elkaar.');
    expect(problem.fields).toEqual({});
    expect(errorCode(httpError(401, body))).toBe('INVALID_CREDENTIALS');
  });

  it('falls back when the API could not be reached or answered with something else', () => {
    expect(toFormProblem(httpError(0, new ProgressEvent('error')), 'Geen verbinding')).toMatchObject({ status: 0, code: 'NETWORK', message: 'Geen verbinding' });
    expect(toFormProblem(httpError(502, '<html>Bad gateway</html>'), 'Geen verbinding')).toMatchObject({ status: 502, code: 'INTERNAL', message: 'Geen verbinding' });
    expect(toFormProblem(new Error('boom'), 'Geen verbinding').message).toBe('Geen verbinding');
    expect(errorCode(new Error('boom'))).toBeUndefined();
  });
});

describe('checkForm', () => {
  const t = (key: string, params?: Readonly<Record<string, string | number>>) => (params ? `${key}:${JSON.stringify(params)}` : key);

  it('returns null for a valid form', () => {
    const form = new FormGroup({ email: new FormControl('a@b.nl', Validators.required) });
    expect(checkForm(form, t)).toBeNull();
  });

  it('reports required and too-short fields with dotted names for nested groups', () => {
    const form = new FormGroup({
      password: new FormControl('kort', [Validators.required, Validators.minLength(10)]),
      name: new FormGroup({ nl: new FormControl('', Validators.required), en: new FormControl('') }),
    });
    const problem = checkForm(form, t);
    expect(problem?.message).toBe('form.checkFields');
    expect(problem?.fields).toEqual({ password: 'form.minLength:{"min":10}', 'name.nl': 'form.required' });
    expect(form.touched).toBe(true);
  });
});
