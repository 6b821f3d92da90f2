import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTexts } from '@wijkdeal/shared-ui';
import { followsTexts } from '../follows-texts';
import { UnsubscribePage } from './unsubscribe-page';

describe(UnsubscribePage.name, () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTexts(followsTexts)] });
  });

  it('unsubscribes with the account and token from the link, after one click', async () => {
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(UnsubscribePage);
    fixture.componentRef.setInput('account', 'acc-1');
    fixture.componentRef.setInput('token', 'tok');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    http.expectNone('/api/notifications/unsubscribe');
    (element.querySelector('button') as HTMLButtonElement).click();
    const request = http.expectOne('/api/notifications/unsubscribe');
    expect(request.request.body).toEqual({ account: 'acc-1', token: 'tok' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(element.querySelector('.alert--success')?.textContent).toContain('Je bent afgemeld.');
  });

  it('shows the API message for a wrong token, and explains an incomplete link', async () => {
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(UnsubscribePage);
    fixture.componentRef.setInput('account', 'acc-1');
    fixture.componentRef.setInput('token', 'vervalst');
    await fixture.whenStable();
    (fixture.nativeElement.querySelector('button') as HTMLButtonElement).click();
    http.expectOne('/api/notifications/unsubscribe').flush({ statusCode: 400, code: 'TOKEN_INVALID', message: 'Deze link werkt niet (meer).' }, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('.alert--error')?.textContent).toContain('Deze link werkt niet (meer).');

    const incomplete = TestBed.createComponent(UnsubscribePage);
    await incomplete.whenStable();
    expect(incomplete.nativeElement.querySelector('button')).toBeNull();
    expect(incomplete.nativeElement.textContent).toContain('Deze link is niet compleet.');
  });
});
