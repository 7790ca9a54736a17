import nodemailer, { type Transporter } from 'nodemailer';
import type { AlertEmail } from './alert-email.js';
import type { EmailSender } from './alert-senders.port.js';

/** E-mail through an SMTP server named by URL (`smtp://host:2525`, `smtps://user:pass@host`). */
export class SmtpEmailSender implements EmailSender {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    // Well inside BullMQ's 30 s job lock: a mail server that hangs fails the attempt (and it is retried)
    // instead of letting the lock lapse and a second worker send the same e-mail.
    this.transport = nodemailer.createTransport({
      url: smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  async send(to: string, email: AlertEmail): Promise<void> {
    await this.transport.sendMail({ from: this.from, to, subject: email.subject, text: email.text });
  }

  close(): void {
    this.transport.close();
  }
}
