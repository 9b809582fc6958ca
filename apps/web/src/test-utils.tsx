import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';

export const renderUi = (ui: React.ReactElement) => render(<MantineProvider>{ui}</MantineProvider>);
