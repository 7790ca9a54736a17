import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@saksi/access';
import { DATA_SOURCE } from '@saksi/database';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { DeliveryError } from '../delivery.errors.js';
import { subscriptionView, type SubscriptionView } from '../subscriptions/alert-subscription.js';
import { newSubscription, type NewSubscription } from '../subscriptions/new-subscription.schema.js';
import { PostgresSubscriptionStore } from '../subscriptions/postgres-subscription.store.js';

/** Who is told about alerts in which region: offices and roles, set up by an administrator. */
@ApiTags('alert delivery')
@Controller('api/v1/alert-subscriptions')
@Roles('admin')
export class AlertSubscriptionsController {
  private readonly subscriptions: PostgresSubscriptionStore;

  constructor(@Inject(DATA_SOURCE) dataSource: DataSource) {
    this.subscriptions = new PostgresSubscriptionStore(dataSource);
  }

  @Post()
  @ApiOperation({ summary: 'Subscribe an office to alerts in a region / Daftarkan penerima peringatan' })
  async create(@Body({ schema: newSubscription }) body: NewSubscription): Promise<SubscriptionView> {
    return subscriptionView(await this.subscriptions.create(body));
  }

  @Get()
  @ApiOperation({ summary: 'Every alert subscription, without secrets / Daftar penerima peringatan' })
  async list(): Promise<{ subscriptions: SubscriptionView[] }> {
    return { subscriptions: (await this.subscriptions.list()).map(subscriptionView) };
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an alert subscription / Hapus penerima peringatan' })
  async remove(@Param('id', { schema: z.uuid() }) id: string): Promise<void> {
    if (!(await this.subscriptions.remove(id))) throw DeliveryError.subscriptionNotFound(id);
  }
}
