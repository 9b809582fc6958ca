import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig, loadConfig } from './app-config';
import { Clock } from './clock';

@Global()
@Module({})
export class ConfigModule {
  /** Registers the configuration (the given one, or the one read from the environment) and the clock. */
  static forRoot(config: AppConfig = loadConfig(), clock: Clock = new Clock()): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: Clock, useValue: clock },
      ],
      exports: [AppConfig, Clock],
    };
  }
}
