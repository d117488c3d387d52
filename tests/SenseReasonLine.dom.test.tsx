import { render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SenseReasonLine } from '../components/SenseReasonLine';
import { useLocale } from './setup/i18n';

describe('SenseReasonLine', () => {
  afterEach(() => useLocale('en'));

  it('names the word beside the form, or the word it is written with', () => {
    const near = render(<SenseReasonLine form="推理" reason={{ kind: 'collocation', word: '模型' }} />);
    expect(near.container.textContent).toBe('marked: 推理 near 模型');
    const compound = render(<SenseReasonLine form="推理" reason={{ kind: 'compound', word: '芯片' }} />);
    expect(compound.container.textContent).toBe('marked: 推理 written with 芯片');
  });

  it('speaks the reader’s language', () => {
    useLocale('zh_CN');
    const { container } = render(<SenseReasonLine form="寒武纪" reason={{ kind: 'strong', word: '股价' }} />);
    expect(container.textContent).toBe('标记依据：寒武纪 附近有 股价');
  });

  it('shows nothing for a form marked without evidence', () => {
    const { container } = render(<SenseReasonLine form="人工智能" />);
    expect(container.textContent).toBe('');
  });
});
