import { BadRequestException, Body, Controller, Delete, Get, Headers, HttpCode, HttpStatus, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock } from '@collections/clock';
import { OperatorAuthGuard } from '@collections/service-runtime';
import { deactivateScenario, publishScenario, type ScenarioChangeDeps } from '../../application/commands/change-scenarios';
import { ScenarioNotFoundError } from '../../application/commands/scenario-change.errors';
import { ScenarioCatalogueCache, ScenarioStore } from '../../application/ports/scenario-store.port';
import { type CatalogueVersion, loadCatalogue } from '../../application/queries/scenario-catalogue';
import { toScenarioJson } from '../../domain/scenario/scenario-json';

const MAX_OPERATOR_LENGTH = 200;

/** A version as the API shows it: its JSON form and where it comes from. */
function versionView(version: CatalogueVersion) {
  return {
    version: version.scenario.version,
    source: version.source,
    active: version.active,
    createdAt: version.createdAt?.toISOString() ?? null,
    createdBy: version.createdBy ?? null,
    scenario: toScenarioJson(version.scenario),
  };
}

/**
 * Operators edit the dunning scenarios: each change is a new version, checked on its own,
 * against its country's policy and beside the scenarios in force. Running plans keep their version.
 */
@ApiTags('scenarios')
@ApiHeader({ name: 'X-Operator-Token', required: true })
@ApiHeader({ name: 'X-Operator', required: false, description: 'Who makes the change; recorded with it' })
@UseGuards(OperatorAuthGuard)
@Controller('ops/scenarios')
export class ScenariosController {
  private readonly deps: ScenarioChangeDeps;

  constructor(
    private readonly store: ScenarioStore,
    catalogue: ScenarioCatalogueCache,
    clock: Clock,
  ) {
    this.deps = { store, catalogue, clock };
  }

  @Get()
  @ApiOperation({ summary: 'The scenarios in force (the latest active version of each id), in their JSON form' })
  async list() {
    const catalogue = await loadCatalogue(this.store);
    return { scenarios: catalogue.inForce.map(toScenarioJson) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Every version of a scenario, shipped or stored, oldest first, and the one in force' })
  async versions(@Param('id') id: string) {
    const catalogue = await loadCatalogue(this.store);
    const versions = catalogue.versionsOf(id);
    if (versions.length === 0) throw new ScenarioNotFoundError(id);
    const latest = versions.at(-1)!;
    return { id, inForce: latest.active ? latest.scenario.version : null, versions: versions.map(versionView) };
  }

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Publish a scenario (JSON form, no version) as the next version of its id; 422 lists every problem' })
  @ApiBody({ description: 'A scenario in its JSON form without `version` (amounts in euro cents as decimal strings)', schema: { type: 'object' } })
  async publish(@Body() body: unknown, @Headers('x-operator') operator?: string) {
    return versionView(await publishScenario(this.deps, body, operatorName(operator)));
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Deactivate a scenario for new cases (running plans keep it); 409 if that would leave cases no scenario covers' })
  async deactivate(@Param('id') id: string, @Headers('x-operator') operator?: string): Promise<void> {
    await deactivateScenario(this.deps, id, operatorName(operator));
  }
}

function operatorName(header: string | undefined): string | undefined {
  const name = header?.trim();
  if (!name) return undefined;
  if (name.length > MAX_OPERATOR_LENGTH) throw new BadRequestException(`X-Operator must be at most ${MAX_OPERATOR_LENGTH} characters`);
  return name;
}
