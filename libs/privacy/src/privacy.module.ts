import { Module } from '@nestjs/common';
import { ErasureController } from './http/erasure.controller.js';

/** Erasure of a family's personal data over HTTP; needs the storage and the event store of the app. */
@Module({ controllers: [ErasureController] })
export class PrivacyModule {}
