export * from './lib/unread/unread-notifications';
export * from './lib/notifications.routes';
