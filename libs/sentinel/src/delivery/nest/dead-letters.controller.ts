import { Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@saksi/access';
import { z } from 'zod';
import { DeliveryError } from '../delivery.errors.js';
import { type DeadLetter, JOB_QUEUE, type JobQueue } from '../job-queue.port.js';

/** Deliveries (and escalations) that failed every attempt, and sending them again once fixed. */
@ApiTags('alert delivery')
@Controller('api/v1/alert-deliveries/dead-letters')
@Roles('admin')
export class DeadLettersController {
  constructor(@Inject(JOB_QUEUE) private readonly queue: JobQueue) {}

  @Get()
  @ApiOperation({ summary: 'Deliveries that failed every attempt / Pengiriman yang gagal' })
  async list(): Promise<{ deadLetters: DeadLetter[] }> {
    return { deadLetters: await this.queue.deadLetters() };
  }

  @Post(':id/replay')
  @HttpCode(200)
  @ApiOperation({ summary: 'Try a failed delivery again / Kirim ulang pengiriman yang gagal' })
  async replay(
    @Param('id', { schema: z.string().min(1).max(300) }) id: string,
  ): Promise<{ replayed: string }> {
    if (!(await this.queue.replay(id))) throw DeliveryError.deadLetterNotFound(id);
    return { replayed: id };
  }
}
