// Nebular's chat (Angular 21, JIT: the page is built by plain Vite, so components are declared by
// calling Angular's decorator functions). nb-chat-message shows the sender, the time and, without an
// avatar picture, the sender's initials inside the message.
import '@angular/compiler';
import 'zone.js';
// The package's exports list no stylesheet: its prebuilt theme is imported by path.
import './node_modules/@nebular/theme/styles/prebuilt/default.css';
import { Component, enableProdMode, importProvidersFrom } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { provideAnimations } from '@angular/platform-browser/animations';
import { NbChatModule, NbLayoutModule, NbThemeModule } from '@nebular/theme';
import { conversation, messages } from '../../harness/shared.js';

enableProdMode();

class App {
  messages = messages.map((m) => ({ ...m, date: new Date(`${conversation.date}T${m.time}:00`) }));
}

const AppComponent = Component({
  selector: 'zoo-app',
  standalone: true,
  imports: [NbLayoutModule, NbChatModule],
  template: `
    <nb-layout>
      <nb-layout-column>
        <nb-chat title="CloudDesk 在线客服" size="large" status="primary">
          @for (m of messages; track m.id) {
            <nb-chat-message [message]="m.text" [sender]="m.name" [date]="m.date" dateFormat="HH:mm" [reply]="!m.agent" type="text"></nb-chat-message>
          }
          <nb-chat-form messagePlaceholder="输入消息… Type a message"></nb-chat-form>
        </nb-chat>
      </nb-layout-column>
    </nb-layout>`,
})(App);

bootstrapApplication(AppComponent, {
  providers: [
    provideAnimations(),
    importProvidersFrom(NbThemeModule.forRoot({ name: 'default' }), NbChatModule.forRoot()),
  ],
}).catch((error) => console.error(error));
