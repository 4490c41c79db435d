// Source: microsoft/BotFramework-WebChat, packages/component/src/Transcript/ActivityRow.tsx (each activity
// an `article.webchat__basic-transcript__activity`) and its stacked layout (`webchat__stacked-layout` with
// `--from-user` on the user's side). They agree with the selectors here.
// Microsoft Bot Framework Web Chat v4: one article per activity; the user's have --from-user.
import { widgetAdapter } from '../adapter';

export const webchat = widgetAdapter({
  id: 'webchat',
  detect: '.webchat__basic-transcript',
  list: '.webchat__basic-transcript__transcript',
  unit: '.webchat__basic-transcript__activity',
  body: '.webchat__text-content, .webchat__bubble__content',
  time: '.webchat__activity-status',
  roles: [
    ['.webchat__stacked-layout--from-user, .webchat__bubble--from-user', 'customer'],
    ['.webchat__stacked-layout', 'agent'],
  ],
});
