import { describe, expect, it } from 'vitest';
import { adjustNumbers, numbersDiffer } from './numbers';

describe('numbers of a match', () => {
  it.each([
    ['en→ar, Arabic-Indic digits', 'We counted 38 posts on March 4.', 'We counted 37 posts on March 4.', 'أحصينا ٣٧ منشورًا في ٤ آذار.', 'أحصينا ٣٨ منشورًا في ٤ آذار.'],
    ['en→fa, Persian digits', 'We counted 38 posts.', 'We counted 37 posts.', 'ما ۳۷ پست شمردیم.', 'ما ۳۸ پست شمردیم.'],
    ['en→ar, Western digits kept Western', 'In 2021, 12 rockets.', 'In 2020, 12 rockets.', 'في عام 2020، 12 صاروخًا.', 'في عام 2021، 12 صاروخًا.'],
    ['a decimal into Arabic-Indic', 'A rise of 3.5 percent.', 'A rise of 2.5 percent.', 'ارتفاع بنسبة ٢٫٥ في المئة.', 'ارتفاع بنسبة ٣٫٥ في المئة.'],
  ])('%s', (_n, current, source, target, adjusted) => {
    expect(numbersDiffer(current, source)).toBe(true);
    expect(adjustNumbers(current, source, target)).toBe(adjusted);
  });

  it('same numbers in another digit system do not differ', () => {
    expect(numbersDiffer('قتل ٣ أشخاص', 'قتل 3 أشخاص')).toBe(false);
  });

  it('refuses to guess when the target holds the number twice or not at all', () => {
    expect(adjustNumbers('3 and 5', '4 and 5', '٤ و٤')).toBeNull();
    expect(adjustNumbers('3 posts', '4 posts', 'أربعة منشورات')).toBeNull();
  });
});
