import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { getDataSourceToken, InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@hotline/config';
import { dataSourceOptions } from './data-source-options';

/** The connection reports and exports read through: the replica (DATABASE_REPLICA_URL) when there is one. */
export const REPORTING_DATA_SOURCE = 'reporting';

/** Injects the reporting connection: reads that may lag the primary by the replica's delay, and nothing that writes. */
export const InjectReportingDataSource = (): ParameterDecorator => InjectDataSource(REPORTING_DATA_SOURCE);

const REPORTING_TOKEN = getDataSourceToken(REPORTING_DATA_SOURCE);

/** Reports scan many rows but few run at once: a small pool of their own on the replica. */
const REPORTING_POOL_SIZE = 5;

@Injectable()
class ReportingDataSourceCloser implements OnApplicationShutdown {
  constructor(
    @Inject(REPORTING_TOKEN) private readonly reporting: DataSource,
    @InjectDataSource() private readonly primary: DataSource,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.reporting !== this.primary && this.reporting.isInitialized) await this.reporting.destroy();
  }
}

/**
 * The primary (every write and every read that must see them) and the reporting connection. This is the one place
 * that decides where reports read: without DATABASE_REPLICA_URL the reporting connection is the primary itself.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => dataSourceOptions(config.database.url),
    }),
  ],
  providers: [
    {
      provide: REPORTING_TOKEN,
      inject: [AppConfig, getDataSourceToken()],
      useFactory: async (config: AppConfig, primary: DataSource): Promise<DataSource> => {
        if (!config.database.replicaUrl) return primary;
        const replica = new DataSource({
          ...dataSourceOptions(config.database.replicaUrl, REPORTING_POOL_SIZE),
          subscribers: [],
          extra: { max: REPORTING_POOL_SIZE, application_name: 'hotline-reporting' },
        });
        await replica.initialize();
        new Logger('DatabaseModule').log('reports and exports read from DATABASE_REPLICA_URL');
        return replica;
      },
    },
    ReportingDataSourceCloser,
  ],
  exports: [REPORTING_TOKEN],
})
export class DatabaseModule {}
