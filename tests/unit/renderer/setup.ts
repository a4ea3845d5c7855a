// DOM test setup (minimal; extend freely): unmount what each test rendered so tests stay independent.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(cleanup);
