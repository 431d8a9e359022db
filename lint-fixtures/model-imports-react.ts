// as: src/model/broken.ts
import { useState } from 'react';
export const broken = useState;
