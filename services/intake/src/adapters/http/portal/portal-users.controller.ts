import { Body, Controller, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { OperatorAuthGuard } from '@collections/service-runtime';
import { CreatePortalUserHandler } from '../../../application/commands/create-portal-user/create-portal-user.handler';
import { CreatePortalUserRequest } from './portal.request.dto';

/** Agency operators give a creditor's staff their portal accounts. */
@ApiTags('operator')
@ApiHeader({ name: 'X-Operator-Token', required: true })
@UseGuards(OperatorAuthGuard)
@Controller('ops/creditors/:creditorId/users')
export class PortalUsersController {
  constructor(private readonly createUser: CreatePortalUserHandler) {}

  @Post()
  @ApiOperation({ summary: 'Create a portal user of a creditor (viewer or manager)' })
  @ApiResponse({ status: 409, description: 'the e-mail address is already in use' })
  @ApiResponse({ status: 422, description: 'a field breaks a rule (e.g. a password under 12 characters)' })
  add(@Param('creditorId', new ParseUUIDPipe()) creditorId: string, @Body() body: CreatePortalUserRequest) {
    return this.createUser.execute({ creditorId, ...body });
  }
}
