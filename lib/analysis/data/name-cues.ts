/**
 * Words around names: cue words that announce a name, and common words that are never one.
 * All forms are written plainly and normalised when the sets are built (entity-rules.ts), so hamza,
 * ة/ه and ى/ي variants need not be repeated. Hand-kept from Arabic news usage (issue 3, item 7).
 */

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Head nouns that are generic: the name follows and the span excludes them (شركة "ديبسيك" → ديبسيك). */
export const GENERIC_ORG_HEADS = words(`
شركة شركات مجموعة صحيفة جريدة مجلة وكالة موقع منصة قناة شبكة مصرف علامة مختبر مختبرات
مطور مصنع صانع عملاق مشغل متجر
شركتي شركتا مجموعتي صحيفتي مشغلي منصتي
`);

/** Cue words after which a name is a product (تطبيق "ديبسيك" is the app). */
export const PRODUCT_HEADS = words(`
تطبيق نموذج النموذج نماذج برنامج روبوت الروبوت هاتف الهاتف هواتف سيارة السيارة طراز الطراز شريحة الشريحة
شرائح رقاقة رقائق معالج المعالج معالجات لعبة نظام النظام متصفح المتصفح مساعد المساعد خدمة منتج سلسلة
`);

/**
 * Head nouns that belong to the name when a proper name follows (جامعة كاليفورنيا, مركز بكين لابتكار
 * الروبوتات) — with their English head word for the composed English name.
 */
export const NAMED_ORG_HEADS: Record<string, string> = {
  'جامعة': 'University', 'معهد': 'Institute', 'أكاديمية': 'Academy', 'مركز': 'Center', 'مجموعة': 'Group',
  'بنك': 'Bank', 'مصرف': 'Bank', 'صندوق': 'Fund', 'مؤسسة': 'Foundation', 'منظمة': 'Organization',
  'اتحاد': 'Federation', 'مجلس': 'Council', 'هيئة': 'Authority', 'وزارة': 'Ministry', 'مستشفى': 'Hospital',
  'بورصة': 'Stock Exchange', 'مختبر': 'Laboratory',
  'مختبرات': 'Laboratories', 'لجنة': 'Committee', 'مكتب': 'Office', 'إدارة': 'Administration', 'جمعية': 'Association',
  'غرفة': 'Chamber', 'محكمة': 'Court', 'حزب': 'Party', 'جهاز': 'Agency', 'مصلحة': 'Bureau', 'دائرة': 'Department', 'رابطة': 'Association', 'ديوان': 'Bureau',
};

/**
 * Head nouns of places: the unknown name right after them is a place, the head stays out of the span
 * (حقل تنغيز → Tengiz, ميناء نانشا → Nansha, بولاية قدح → Kedah, مدينة كوليم → Kulim).
 */
export const PLACE_HEADS = words(`
مدينة مدينتي بلدة قرية ولاية محافظة إقليم مقاطعة ميناء موانئ حقل حقلي حقول جزيرة منطقة منتجع مرفأ مجمع
`);

/** Heads that take a definite-noun chain as the name itself (وزارة الصناعة, هيئة الاتصالات). */
export const DEFINITE_CHAIN_HEADS = words(`وزارة هيئة مصلحة لجنة جامعة أكاديمية اتحاد غرفة محكمة جمعية رابطة ديوان`);

/** Definite feminine nationality adjectives after a ministry, with the English adjective (الروسية → Russian). */
export const NISBA_ENGLISH: Record<string, string> = {
  'الأمريكية': 'US', 'الأميركية': 'US', 'الروسية': 'Russian', 'الصينية': 'Chinese', 'البريطانية': 'British', 'الفرنسية': 'French',
  'الألمانية': 'German', 'اليابانية': 'Japanese', 'الهندية': 'Indian', 'الكورية': 'Korean', 'السعودية': 'Saudi',
  'الإماراتية': 'Emirati', 'المصرية': 'Egyptian', 'التايوانية': 'Taiwanese', 'الإيرانية': 'Iranian', 'التركية': 'Turkish',
  'الإسرائيلية': 'Israeli', 'الفلسطينية': 'Palestinian', 'اللبنانية': 'Lebanese', 'السورية': 'Syrian', 'العراقية': 'Iraqi',
  'الأردنية': 'Jordanian', 'الكويتية': 'Kuwaiti', 'القطرية': 'Qatari', 'البحرينية': 'Bahraini', 'العمانية': 'Omani',
  'اليمنية': 'Yemeni', 'المغربية': 'Moroccan', 'الجزائرية': 'Algerian', 'التونسية': 'Tunisian', 'الليبية': 'Libyan',
  'السودانية': 'Sudanese', 'الكندية': 'Canadian', 'المكسيكية': 'Mexican', 'البرازيلية': 'Brazilian', 'الأسترالية': 'Australian',
  'الإيطالية': 'Italian', 'الإسبانية': 'Spanish', 'الهولندية': 'Dutch', 'السويسرية': 'Swiss', 'السويدية': 'Swedish',
  'النرويجية': 'Norwegian', 'الأوكرانية': 'Ukrainian', 'الباكستانية': 'Pakistani', 'الإندونيسية': 'Indonesian',
  'الماليزية': 'Malaysian', 'الفيتنامية': 'Vietnamese', 'التايلاندية': 'Thai', 'الفلبينية': 'Philippine', 'البولندية': 'Polish',
  'الأوروبية': 'European', 'الأفريقية': 'African', 'الإفريقية': 'African',
  'الفنلندية': 'Finnish', 'الدنماركية': 'Danish', 'النمساوية': 'Austrian', 'البلجيكية': 'Belgian', 'البرتغالية': 'Portuguese',
  'اليونانية': 'Greek', 'التشيكية': 'Czech', 'المجرية': 'Hungarian', 'الرومانية': 'Romanian', 'الأيرلندية': 'Irish',
  'النيجيرية': 'Nigerian', 'الكينية': 'Kenyan', 'الإثيوبية': 'Ethiopian', 'التشيلية': 'Chilean', 'الأرجنتينية': 'Argentine',
};

/**
 * One-word names of Arabic outlets as bylines write them ("بغداد - العربية"), with their English
 * name; elsewhere these words are common nouns or places (the East, the Gulf). From the outlets' own
 * English mastheads.
 */
export const BYLINE_OUTLETS: Record<string, string> = {
  'الشرق': 'Asharq', 'العربية': 'Al Arabiya', 'البيان': 'Al Bayan', 'الخليج': 'Al Khaleej', 'الاتحاد': 'Al Ittihad',
  'الشروق': 'Echorouk', 'الوطن': 'Al Watan', 'الجزيرة': 'Al Jazeera', 'الحياة': 'Al Hayat', 'النهار': 'Annahar',
  'القبس': 'Al Qabas', 'الراي': 'Al Rai', 'الرؤية': 'Al Roeya', 'الأنباء': 'Al Anba', 'الأيام': 'Al Ayam', 'الصباح': 'Assabah',
  'الدستور': 'Addustour', 'الغد': 'Alghad', 'الثورة': 'Al Thawra', 'الوسط': 'Al Wasat', 'المدى': 'Al Mada', 'الصباح الجديد': 'Al Sabah Al Jadeed',
  'الأخبار': 'Al Akhbar', 'الجمهورية': 'Al Gomhuria', 'الوفد': 'Al Wafd', 'أرقام': 'Argaam', 'هسبريس': 'Hespress', 'الأهرام': 'Al-Ahram', 'عكاظ': 'Okaz',
};

/** Titles and roles before a person's name. */
export const PERSON_TITLES = words(`
الرئيس رئيس السيد السيدة الدكتور الدكتورة د المهندس المهندسة الباحث الباحثة البروفيسور البروفيسورة البروفسور الأستاذ
الأستاذة المدير مدير المديرة مديرة مؤسس المؤسس مؤسسة الملياردير رجل سيدة الأعمال التنفيذي التنفيذية الوزير وزير وزيرة
الوزيرة المتحدث المتحدثة متحدث باسم المحللين الاقتصاديين الخبير الخبيرة المحلل المحللة نائب نائبة الأمير الأميرة
الشيخ الشيخة الملك المستشار المستشارة العضو المنتدب الشريك المؤسس الصحفي الكاتب الكاتبة المستثمر النائب السيناتور
الجنرال الحاكم محافظ المحافظ عمدة رئيسة الرئيسة المدير السفير سفير السفيرة الناطق ناطق الناطقة المسؤول المسؤولة الأمين
الرفيق زعيم الزعيم المندوب مندوب القنصل المفوض المفوضة العالم الأكاديمي البرلماني المليارديرة
`);

/** Verbs of saying: a name often follows ("وقال ريتفيك غوبتا، الباحث …"). */
export const SAYING_VERBS = words(`
قال قالت يقول تقول أوضح أوضحت أكد أكدت أضاف أضافت صرح صرحت أشار أشارت ذكر ذكرت كشف كشفت أعلن أعلنت
لفت لفتت تابع تابعت أفاد أفادت رأى رأت يرى ترى اعتبر اعتبرت أوضح وأوضح كتب كتبت غرد غردت نقل حذر حذرت توقع توقعت
`);

/** Role words after "name،" that confirm a person ("غوبتا، الباحث في …"). */
export const ROLE_AFTER_COMMA = words(`
الباحث الباحثة الرئيس رئيس المدير مدير مؤسس المؤسس الأستاذ أستاذ الخبير الخبيرة المحلل المحللة نائب كبير كبيرة
المتحدث الشريك عضو العضو وزير الوزير أحد إحدى المستشار مستشار الرئيسة رئيسة مديرة المديرة الخبير
السفير سفير زعيم الزعيم الأمين الناطق المسؤول المسؤولة الملحق مؤسسة
الوزيرة وزيرة المحللة المستشارة الشريكة المتحدثة الأستاذة أستاذة السفيرة الأمينة النائبة مؤسس
`);

/** Words after which a Latin-script word names a source: وفقا لـ"economist". */
export const SOURCE_CUES = words(`وفقا وفق بحسب حسب نقلا لصحيفة لمجلة لوكالة لموقع عن`);

/** Nationality and relational adjectives: never names on their own. Stems; ال/ية/يون/يين/يتين forms follow. */
export const NISBA_STEMS = words(`
صين أمريك أميرك بريطان روس فرنس ألمان يابان هند كور عرب سعود إمارات مصر تايوان أوروب آسيو إفريق أفريق
خليج إيران ترك إسرائيل فلسطين لبنان سور عراق أردن كويت قطر بحرين عمان يمن مغرب جزائر تونس ليب سودان كند
مكسيك برازيل أسترال إيطال إسبان هولند سويسر سويد نرويج دنمارك فنلند بولند أوكران باكستان إندونيس ماليز
فيتنام تايلاند فلبين غرب شرق دول عالم محل وطن قوم اتحاد إقليم
`);

/**
 * Common words that are never names although they may follow a cue (شركة ناشئة, مجموعة أكبر,
 * "مجموعات"). Function words first, then frequent news nouns, adjectives and verbs.
 */
export const COMMON_WORDS = words(`
في من إلى الى على عن مع ان أن إن لا لم لن ما ماذا هذا هذه ذلك تلك هؤلاء التي الذي الذين اللذان اللتان
و أو ثم بل لكن قد كان كانت يكون تكون كما بعد قبل بين حول خلال منذ حتى عند عندما لدى لدي أمام خلف فوق تحت
أي كل بعض غير سوى أكثر أقل أكبر أصغر أعلى أدنى أهم أول آخر أخرى آخرين أخريات جدا أيضا فقط نحو حوالي
هو هي هم هن نحن أنا أنت انه أنها إنها انها إنه وهو وهي لها له لهم فيها فيه منها منه عليها عليه بها به
هناك هنا حيث إذ إذا لو لولا كي لأن لان مثل دون ضد عبر وفق وفقا بحسب حسب ضمن لدى إزاء تجاه
الشركة الشركات شركات الحكومة الدولة الدول دول العالم السوق الأسواق سوق القطاع قطاع الصناعة صناعة
نسبة بنسبة زيادة ارتفاع انخفاض تراجع نمو قيمة بقيمة حجم عدد مليون مليار ألف آلاف تريليون دولار يوان يورو
يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران
تموز آب أيلول تشرين جزيرة جزر سابقة سابق هامة هام مهمة مهم تفويض معين ارتفاعا انخفاضا تراجعا نموا برنامج برنامجا
اتصال اتصالا هاتفي هاتفيا موفد مبعوث شهود عيان مصدر مصادر صاحب صاحبة أصحاب رمضان شعبان رجب محرم صفر شوال فيهم فيها عليهم لديهم منهم بينهم نفط غاز طيران خطوط تسويق تأمين تمويل شحن نقل بناء مقاولات عقارات اتصالات
استشارات خدمات برمجيات أغذية أدوية ألعاب أزياء ملابس إعلانات إعلان صيانة تقنيات تكنولوجيا معلومات مالية صرافة
بسبب نتيجة إثر اثر جراء أبرز ابرز أحدث أفضل أسوأ أقوى أكبر أوسع أسرع ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة
ثماني ثمانية تسع تسعة عشر عشرة اثنين اثنان مئات عشرات ملايين مليارات أيام أشهر سنوات أعوام ساعات دقائق
أمام وراء داخل خارج قرب لدى بدون مقابل نحو عبر طوال طيلة وسط أثناء اثناء بينما حين حيث كلما لذلك لهذا
قال إنه انه إنها انها كذلك أيضا ايضا جدا كثيرا قليلا تماما فقط حاليا سابقا لاحقا مجددا أبدا دائما
مسلحة مسلح مسلحين ثاني ثالث رابع خامس أولى ثانية حكومة حكومات موجة ربما يوجد توجد عفوا مساء صباح ظهر ليلة ليل فجر غدا الأول الثاني العام عام السنة سنة الشهر شهر الأسبوع أسبوع اليوم يوم أمس الماضي الحالي المقبل القادم الجاري
تقنية تقنيات التقنية التكنولوجيا تكنولوجيا الذكاء ذكاء الاصطناعي اصطناعي البيانات بيانات الحوسبة حوسبة
الرقائق رقائق الشرائح شرائح أشباه الموصلات معالجة الرسومات الرسوميات السحابية السحابة الإنترنت الانترنت
التطبيقات تطبيقات الهواتف هواتف الأجهزة أجهزة الروبوتات روبوتات السيارات سيارات الكهربائية كهربائية
ناشئة الناشئة عملاقة العملاقة كبرى الكبرى رائدة الرائدة خاصة الخاصة عامة العامة تابعة التابعة مملوكة
مدرجة متخصصة أمريكية صينية عالمية محلية دولية وطنية حكومية جديدة جديد كبيرة كبير صغيرة صغير ضخمة
عدة عديد العديد معظم أغلب جميع كافة نفس ذات أحد إحدى بعضها غيرها مختلف مختلفة
تصنيع التصنيع إنتاج الإنتاج تطوير التطوير أبحاث الأبحاث بحث البحث تصدير استيراد استثمار استثمارات الاستثمار
أرباح الأرباح إيرادات الإيرادات مبيعات المبيعات أسهم الأسهم سهم رأس مال المال أموال الأموال
مستخدم مستخدمين المستخدمين مستخدمي عملاء العملاء موظف موظفين الموظفين منتجات المنتجات خدمات الخدمات
مسؤول مسؤولين المسؤولين مسؤولو خبراء الخبراء محللون المحللون المحللين محللين باحثون الباحثون الباحثين
مستثمرين المستثمرين مهندسي مهندسو المهندسين مؤسسي
قال قالت يقول تقول وقال وقالت أعلن أعلنت أكد أكدت أضاف أضافت أوضح أوضحت أشار أشارت ذكر ذكرت كشف كشفت
يمكن يجب تم يتم سيتم وتم أصبح أصبحت أصدر أصدرت أطلق أطلقت بلغ بلغت وصل وصلت حقق حققت أظهر أظهرت يعمل تعمل
يمكنه يمكنها يمكنهم أسسها أسسه أطلقها طورها لديها لديه مقرها ومقرها ومقره مقره تأسست أسست أسس تأسيس تأسيسها نفسها نفسه ذاتها ذاته بالفعل حاليا مؤخرا
مجال المجال إطار الإطار شأن بشأن حال حالة الحالة مرحلة المرحلة فترة الفترة جانب الجانب ظل
هرتز هيرتز ميغاهرتز ميجاهرتز غيغاهرتز جيجاهرتز جيغاهرتز كيلوهرتز واط ميغاواط ميجاوات ميجاواط غيغاواط جيجاوات جيجاواط جيغاواط
كيلوواط كيلووات تيراواط بايت ميغابايت ميجابايت غيغابايت جيجابايت تيرابايت بيتابايت غيغابت جيجابت ميغابت ميجابت
نانومتر ميكرومتر مليمتر سنتيمتر كيلومتر كلم كيلوغرام كيلوجرام غرام جرام ميغاطن برميل براميل أوقية أونصة
حديث خاص
عواقب وخيمة وخيم تداعيات خطيرة خطير
`);

/**
 * English for words that make up organisation names, to compose an English name for an organisation
 * in no list ("مركز بكين لابتكار الروبوتات" → "Beijing Robotics Innovation Center"). Keys without the
 * article; plural and singular where both occur in names.
 */
export const ORG_WORDS: Record<string, string> = {
  'صناعة': 'Industry', 'صناعات': 'Industries', 'تكنولوجيا': 'Technology', 'تقنية': 'Technology', 'معلومات': 'Information',
  'اتصالات': 'Communications', 'تجارة': 'Commerce', 'اقتصاد': 'Economy', 'مالية': 'Finance', 'خارجية': 'Foreign Affairs', 'شؤون': 'Affairs',
  'داخلية': 'Interior', 'دفاع': 'Defense', 'صحة': 'Health', 'تعليم': 'Education', 'تعليم العالي': 'Higher Education',
  'طاقة': 'Energy', 'نفط': 'Oil', 'بترول': 'Petroleum', 'نقل': 'Transport', 'زراعة': 'Agriculture', 'بيئة': 'Environment',
  'علوم': 'Sciences', 'علم': 'Science', 'بحث': 'Research', 'بحوث': 'Research', 'أبحاث': 'Research', 'ابتكار': 'Innovation',
  'روبوتات': 'Robotics', 'روبوت': 'Robot', 'سيارات': 'Automotive', 'سيارة': 'Automobile', 'ذكاء': 'Intelligence',
  'اصطناعي': 'Artificial', 'ذكاء اصطناعي': 'Artificial Intelligence', 'بيانات': 'Data', 'حوسبة': 'Computing', 'فضاء': 'Space',
  'طيران': 'Aviation', 'هيدروجين': 'Hydrogen', 'هيدروجينية': 'Hydrogen', 'إحصاء': 'Statistics', 'استثمار': 'Investment', 'استثمارات': 'Investments', 'تنمية': 'Development',
  'تطوير': 'Development', 'تخطيط': 'Planning', 'إعلام': 'Media', 'أنباء': 'News', 'أخبار': 'News', 'شعب': 'People',
  'وطني': 'National', 'وطنية': 'National', 'دولي': 'International', 'دولية': 'International', 'عالمي': 'World', 'عالمية': 'World',
  'مركزي': 'Central', 'مركزية': 'Central', 'شعبي': "People's", 'إلكترونيات': 'Electronics', 'أدوية': 'Pharmaceuticals',
  'صحافة': 'Press', 'ثقافة': 'Culture', 'سياحة': 'Tourism', 'رياضة': 'Sports', 'عمل': 'Labor', 'عدل': 'Justice',
  'إسكان': 'Housing', 'مياه': 'Water', 'كهرباء': 'Electricity', 'موانئ': 'Ports', 'اتصال': 'Communication', 'رقمي': 'Digital',
  'رقمية': 'Digital', 'اقتصاد رقمي': 'Digital Economy', 'تحول رقمي': 'Digital Transformation', 'أمن': 'Security',
  'سيبراني': 'Cyber', 'إلكتروني': 'Electronic', 'تأمين': 'Insurance', 'مصارف': 'Banks', 'أسواق': 'Markets', 'مالي': 'Financial',
  'أوراق': 'Securities', 'أوراق مالية': 'Securities', 'رقابة': 'Oversight', 'منافسة': 'Competition', 'حماية': 'Protection',
  'مستهلك': 'Consumer', 'صادرات': 'Exports', 'واردات': 'Imports', 'جمارك': 'Customs', 'ضرائب': 'Taxation', 'هندسة': 'Engineering',
  'طب': 'Medicine', 'فنون': 'Arts', 'آداب': 'Letters', 'ملك': 'King', 'أمير': 'Prince', 'تجاري': 'Commercial', 'تجارية': 'Commercial',
  'صناعي': 'Industrial', 'صناعية': 'Industrial', 'أهلي': 'National', 'عربي': 'Arab', 'عربية': 'Arab', 'إسلامي': 'Islamic',
  'إسلامية': 'Islamic', 'خليجي': 'Gulf', 'متحدة': 'United', 'أمريكية': 'American', 'صيني': 'Chinese', 'صينية': 'Chinese',
  'أشباه موصلات': 'Semiconductors', 'موصلات': 'Conductors', 'شرائح': 'Chips', 'رقائق': 'Chips', 'هواتف': 'Phones',
  'عامة': 'General', 'عام': 'General', 'أعلى': 'Supreme', 'سعودية': 'Saudi', 'سعودي': 'Saudi', 'مصرية': 'Egyptian', 'مصري': 'Egyptian',
  'إماراتية': 'Emirati', 'كويتية': 'Kuwaiti', 'قطرية': 'Qatari', 'عمانية': 'Omani', 'بحرينية': 'Bahraini', 'أردنية': 'Jordanian',
  'مغربية': 'Moroccan', 'أوروبية': 'European', 'أوروبي': 'European', 'خليجية': 'Gulf', 'اتحادية': 'Federal', 'فيدرالية': 'Federal',
  'تأمينات': 'Insurance', 'اجتماعية': 'Social', 'تعبئة': 'Mobilization', 'تقييس': 'Standardization',
  'مواصفات': 'Standards', 'مقاييس': 'Metrology', 'سوق': 'Market',
  'غرف': 'Chambers', 'غرفة': 'Chamber', 'خزانة': 'Treasury', 'اقتصادية': 'Economic', 'اقتصادي': 'Economic', 'متجددة': 'Renewable', 'مستدامة': 'Sustainable',
  'بشرية': 'Humanoid', 'ذكية': 'Smart', 'ذكي': 'Smart', 'كهربائية': 'Electric', 'جديدة': 'New', 'مصرفية': 'Banking',
  'محروقات': 'Hydrocarbons', 'مناجم': 'Mines', 'غاز': 'Gas', 'بريد': 'Post', 'طرق': 'Roads', 'مواصلات': 'Transport',
  'مطارات': 'Airports', 'ملاحة': 'Navigation', 'إسمنت': 'Cement', 'حديد': 'Iron', 'صلب': 'Steel', 'فوسفات': 'Phosphates',
  'فوسفاط': 'Phosphates', 'بتروكيماويات': 'Petrochemicals', 'أسمدة': 'Fertilizers', 'تعدين': 'Mining',
  'تشييد': 'Construction', 'ألعاب': 'Games', 'رياضات': 'Sports',
  'سياسة': 'Policy', 'نقدية': 'Monetary', 'منشآت': 'Establishments', 'فندقية': 'Hotel', 'سياحية': 'Tourism',
  'إيداع': 'Deposit', 'تدبير': 'Management', 'دراسات': 'Studies', 'ركاب': 'Passenger', 'مصنعي': 'Manufacturers',
  'مستثمري': 'Investors', 'مستثمرين': 'Investors', 'موارد': 'Resources',
  'شغل': 'Labor', 'تشغيل': 'Employment', 'مقاولات': 'Enterprises', 'صغرى': 'Micro', 'صغيرة': 'Small', 'متوسطة': 'Medium',
  'عقار': 'Real Estate', 'عقارية': 'Real Estate', 'تجزئة': 'Retail', 'جودة': 'Quality', 'غذاء': 'Food', 'دواء': 'Drug',
  'بنوك': 'Banks', 'تمويل': 'Finance', 'ضمان': 'Guarantee', 'مدن': 'Cities', 'مناطق': 'Zones',
  'إصلاح': 'Reform', 'سكان': 'Population', 'إحصاءات': 'Statistics', 'ثروة': 'Resources', 'معدنية': 'Mineral', 'استراتيجية': 'Strategic',
  'شبكات': 'Networks', 'فضائية': 'Satellite', 'بوتاس': 'Potash', 'مصدري': 'Exporters', 'منتجي': 'Producers',
  'سياسية': 'Political', 'قانون': 'Law', 'حقوق': 'Rights', 'إنسان': 'Human', 'قومي': 'National', 'حرة': 'Free', 'جمركية': 'Customs', 'ملكية': 'Property', 'فكرية': 'Intellectual', 'براءات': 'Patents', 'اختراع': 'Invention',
  'تغليف': 'Packaging', 'متقدم': 'Advanced', 'متقدمة': 'Advanced', 'بصريات': 'Optics', 'ميكانيكا': 'Mechanics', 'دقيقة': 'Precision',
  'مراجعين': 'Auditors', 'محاسبات': 'Accounts', 'أقمار': 'Satellites', 'زراعي': 'Agricultural', 'عقاري': 'Real Estate', 'أول': 'First',
};
