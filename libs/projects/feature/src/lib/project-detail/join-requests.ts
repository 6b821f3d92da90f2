import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { I18n, toFormProblem } from '@wijkdeal/shared-ui';
import { Observable } from 'rxjs';

interface JoinRequest {
  accountId: string;
  name: string;
  message: string;
  createdAt: string;
}

/** For the lead, theme contacts and admins: residents who asked to join; add them to the group or decline. */
@Component({
  selector: 'wd-join-requests',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3>{{ t('projects.joinRequests.title') }}</h3>
    @if (requests(); as requests) {
      @if (requests.length) {
        <ul class="plain-list join-requests">
          @for (request of requests; track request.accountId) {
            <li class="join-requests__item">
              <p>
                <strong>{{ request.name }}</strong>, {{ formatDateTime(request.createdAt) }}
                @if (request.message) {
                  <br />{{ request.message }}
                }
              </p>
              <div class="form__actions">
                <button type="button" class="button" (click)="acceptRequest(request)">{{ t('projects.joinRequests.accept') }}<span class="visually-hidden">: {{ request.name }}</span></button>
                <button type="button" class="button button--secondary" (click)="declineRequest(request)">{{ t('projects.joinRequests.decline') }}<span class="visually-hidden">: {{ request.name }}</span></button>
              </div>
            </li>
          }
        </ul>
      } @else {
        <p>{{ t('projects.joinRequests.none') }}</p>
      }
    }
    <p class="action-status" role="status">{{ status() }}</p>
  `,
})
export class JoinRequests {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly formatDateTime = this.i18n.formatDateTime;

  readonly projectId = input.required<string>();
  readonly groupChanged = output<void>();

  protected readonly requests = signal<JoinRequest[] | null>(null);
  protected readonly status = signal('');

  constructor() {
    effect(() => this.fetch(this.projectId()));
  }

  protected acceptRequest(request: JoinRequest): void {
    this.decide(this.http.post<void>(`/api/projects/${this.projectId()}/members`, { accountId: request.accountId, role: 'member' }), 'projects.joinRequests.accepted', request);
  }

  protected declineRequest(request: JoinRequest): void {
    this.decide(this.http.post<void>(`/api/projects/${this.projectId()}/join-requests/${request.accountId}/decline`, {}), 'projects.joinRequests.declined', request);
  }

  private decide(call: Observable<void>, doneKey: string, request: JoinRequest): void {
    call.subscribe({
      next: () => {
        this.status.set(this.t(doneKey, { name: request.name }));
        this.requests.update((requests) => requests?.filter((candidate) => candidate.accountId !== request.accountId) ?? null);
        this.groupChanged.emit();
      },
      error: (error: unknown) => this.status.set(toFormProblem(error, this.t('common.networkError')).message),
    });
  }

  private fetch(projectId: string): void {
    this.http.get<JoinRequest[]>(`/api/projects/${projectId}/join-requests`).subscribe({
      next: (requests) => this.requests.set(requests),
      error: () => this.status.set(this.t('common.loadFailed')),
    });
  }
}
