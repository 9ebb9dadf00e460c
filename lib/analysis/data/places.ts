/**
 * Places: countries, cities and world regions with Arabic spellings and canonical English names.
 *
 * - Countries: i18n-iso-countries 7.14.0 (MIT; Arabic and English locale files, ~15 KB together),
 *   plus CLDR's Arabic country names and short forms (places.generated.ts).
 * - Cities and regions: Unicode CLDR 48.2 time-zone exemplar cities and UN M.49 regions, extracted
 *   by scripts/gen-places.ts into places.generated.ts.
 * - The common Arabic variants news writes that neither source lists (أمريكا, أميركا, بريطانيا,
 *   السعودية …) and places tech news names often (وادي السيليكون, شنتشن, الشرق الأوسط) are below as
 *   hand-kept data, one place per line: `English = spelling | spelling …`.
 */
import countries from 'i18n-iso-countries';
import arLocale from 'i18n-iso-countries/langs/ar.json';
import enLocale from 'i18n-iso-countries/langs/en.json';
import { nameKeys, type NameEntry } from '../gazetteer';
import { CLDR_CITIES, CLDR_COUNTRY_NAMES, CLDR_REGIONS } from './places.generated';

countries.registerLocale(arLocale);
countries.registerLocale(enLocale);

/** Short English names where the ISO/CLDR official form is not what news says. */
const ENGLISH_OVERRIDES: Record<string, string> = {
  CN: 'China', GM: 'Gambia', US: 'United States', GB: 'United Kingdom', RU: 'Russia', KR: 'South Korea', KP: 'North Korea',
  IR: 'Iran', SY: 'Syria', VN: 'Vietnam', LA: 'Laos', TW: 'Taiwan', BO: 'Bolivia', VE: 'Venezuela',
  TZ: 'Tanzania', MD: 'Moldova', PS: 'Palestine', CD: 'DR Congo', CG: 'Republic of the Congo',
  CZ: 'Czech Republic', HK: 'Hong Kong', MO: 'Macao', FM: 'Micronesia', BN: 'Brunei', VA: 'Vatican City',
  KN: 'Saint Kitts and Nevis', NL: 'Netherlands', AE: 'United Arab Emirates', SA: 'Saudi Arabia',
  MK: 'North Macedonia', TR: 'Turkey', CV: 'Cape Verde', SZ: 'Eswatini', CI: "Côte d'Ivoire", CC: 'Cocos Islands', FK: 'Falkland Islands',
  VG: 'British Virgin Islands', VI: 'U.S. Virgin Islands', BQ: 'Caribbean Netherlands', MF: 'Saint Martin', SX: 'Sint Maarten',
};

/**
 * Arabic variants news uses, by ISO code (besides the official names from the packages).
 * Source: common usage in Arabic news (Al Jazeera, Asharq Al-Awsat, Xinhua Arabic, China.org.cn Arabic).
 */
const COUNTRY_VARIANTS: Record<string, string> = {
  US: 'الولايات المتحدة الأمريكية | الولايات المتحدة الأميركية | الولايات المتحدة | أمريكا | أميركا | امريكا | واشنطن العاصمة',
  GB: 'بريطانيا | المملكة المتحدة | بريطانيا العظمى | إنجلترا | انجلترا | إنكلترا',
  SA: 'السعودية | المملكة العربية السعودية',
  AE: 'الإمارات | الإمارات العربية المتحدة | دولة الإمارات',
  RU: 'روسيا | روسيا الاتحادية',
  KR: 'كوريا الجنوبية | جمهورية كوريا',
  KP: 'كوريا الشمالية | كوريا الديمقراطية',
  PS: 'فلسطين | دولة فلسطين | الأراضي الفلسطينية',
  SY: 'سوريا | سورية',
  CN: 'الصين | جمهورية الصين الشعبية | البر الرئيسي الصيني',
  TW: 'تايوان',
  DE: 'ألمانيا | المانيا',
  FR: 'فرنسا',
  IT: 'إيطاليا | ايطاليا',
  ES: 'إسبانيا | اسبانيا',
  NL: 'هولندا',
  IN: 'الهند',
  JP: 'اليابان',
  TR: 'تركيا',
  IR: 'إيران',
  IQ: 'العراق',
  EG: 'مصر | جمهورية مصر العربية',
  MA: 'المغرب | المملكة المغربية',
  DZ: 'الجزائر',
  TN: 'تونس',
  LY: 'ليبيا',
  SD: 'السودان',
  JO: 'الأردن',
  LB: 'لبنان',
  YE: 'اليمن',
  OM: 'عمان | سلطنة عمان | سلطنة عُمان',
  QA: 'قطر',
  KW: 'الكويت',
  BH: 'البحرين',
  MR: 'موريتانيا',
  VN: 'فيتنام | فييتنام',
  MY: 'ماليزيا',
  ID: 'إندونيسيا | اندونيسيا',
  SG: 'سنغافورة | سنغافورا',
  TH: 'تايلاند | تايلند',
  PH: 'الفلبين',
  PK: 'باكستان',
  BD: 'بنغلاديش',
  AU: 'أستراليا | استراليا',
  NZ: 'نيوزيلندا | نيوزيلاندا',
  CA: 'كندا',
  MX: 'المكسيك',
  BR: 'البرازيل',
  AR: 'الأرجنتين',
  CL: 'تشيلي',
  ZA: 'جنوب أفريقيا | جنوب إفريقيا',
  NG: 'نيجيريا',
  ET: 'إثيوبيا | اثيوبيا',
  KE: 'كينيا',
  UA: 'أوكرانيا | اوكرانيا',
  PL: 'بولندا',
  SE: 'السويد',
  NO: 'النرويج',
  FI: 'فنلندا',
  DK: 'الدنمارك',
  CH: 'سويسرا',
  AT: 'النمسا',
  BE: 'بلجيكا',
  IE: 'أيرلندا | ايرلندا',
  PT: 'البرتغال',
  GR: 'اليونان',
  HU: 'المجر',
  CZ: 'التشيك',
  IL: 'إسرائيل | اسرائيل',
  KZ: 'كازاخستان',
  UZ: 'أوزبكستان',
  AF: 'أفغانستان',
  LK: 'سريلانكا',
  MM: 'ميانمار',
  KH: 'كمبوديا',
  LA: 'لاوس',
  MN: 'منغوليا',
  HK: 'هونغ كونغ | هونج كونج | هونغكونغ',
  MO: 'ماكاو | مكاو',
  CD: 'الكونغو الديمقراطية',
  ML: 'جمهورية مالي | دولة مالي',
  BJ: 'جمهورية بنين | دولة بنين',
};

/** Place names that are also common words; they stay out (a country keeps its longer forms). */
const COMMON_WORD_NAMES = new Set(['مالي', 'العيون', 'صور', 'بنين', 'سارك', 'أداك']);

/** Cities and regions tech and economy news names that CLDR's list lacks or spells otherwise. */
const EXTRA_PLACES = `
# Regions, provinces and big cities of Arab countries (official Arabic names; everyday-word names
# such as الشرقية, العين, الخبر, الجديدة, الزرقاء, الداخلة only in their unambiguous long forms)
Casablanca = الدار البيضاء | الدارالبيضاء
Rabat = الرباط
Jorf Lasfar = الجرف الأصفر
Marrakesh = مراكش
Fez = فاس
Tangier = طنجة
Agadir = أكادير | اكادير
Meknes = مكناس
Oujda = وجدة
Kenitra = القنيطرة
Tetouan = تطوان
Ouarzazate = ورزازات
Essaouira = الصويرة
Al Hoceima = الحسيمة
Nador = الناظور
Safi = آسفي
Khouribga = خريبكة
Errachidia = الرشيدية
Dakhla-Oued Ed-Dahab = الداخلة وادي الذهب | مدينة الداخلة
Souss-Massa = سوس ماسة
Draa-Tafilalet = درعة تافيلالت
Tanger-Tetouan-Al Hoceima = طنجة تطوان الحسيمة
Casablanca-Settat = الدار البيضاء سطات
Rabat-Sale-Kenitra = الرباط سلا القنيطرة
Fes-Meknes = فاس مكناس
Marrakesh-Safi = مراكش آسفي
Beni Mellal-Khenifra = بني ملال خنيفرة
Guelmim-Oued Noun = كلميم واد نون
Laayoune-Sakia El Hamra = العيون الساقية الحمراء
Oran = وهران
Constantine = قسنطينة
Annaba = عنابة
Setif = سطيف
Ouargla = ورقلة
Hassi Messaoud = حاسي مسعود
Tamanrasset = تمنراست
Bejaia = بجاية
Tlemcen = تلمسان
Blida = البليدة
Sfax = صفاقس
Sousse = سوسة
Bizerte = بنزرت
Gabes = قابس
Kairouan = القيروان
Monastir = المنستير
Gafsa = قفصة
Benghazi = بنغازي
Misrata = مصراتة
Sirte = مدينة سرت
Tobruk = طبرق
Sabha = سبها
Port Sudan = بورتسودان | بور سودان
Omdurman = أم درمان
Darfur = دارفور
Kordofan = كردفان
Sanaa = صنعاء
Aden = عدن
Hodeidah = الحديدة
Marib = مأرب
Taiz = تعز
Hadramawt = حضرموت
Mukalla = المكلا
Basra = البصرة
Erbil = أربيل
Mosul = الموصل
Kirkuk = كركوك
Najaf = النجف
Karbala = كربلاء
Sulaymaniyah = السليمانية
Kurdistan Region = إقليم كردستان | كردستان العراق
Anbar = الأنبار
Aleppo = حلب
Homs = حمص
Latakia = اللاذقية
Tartus = طرطوس
Idlib = إدلب
Deir ez-Zor = دير الزور
Raqqa = الرقة
Sidon = صيدا
Zahle = زحلة
Aqaba = مدينة العقبة | خليج العقبة
Irbid = إربد
Jeddah = جدة
Mecca = مكة المكرمة | مكة
Medina = المدينة المنورة
Dammam = الدمام
Dhahran = الظهران
Jubail = الجبيل
Yanbu = ينبع
Tabuk = تبوك
Abha = أبها
Taif = الطائف
NEOM = نيوم
Qassim = القصيم | منطقة القصيم
Hail = منطقة حائل | مدينة حائل
Jazan = جازان | جيزان
Najran = نجران
Al-Ahsa = الأحساء
Qatif = القطيف
Buraidah = بريدة
AlUla = العلا
Eastern Province = المنطقة الشرقية
Asir = منطقة عسير
Sharjah = الشارقة
Ajman = عجمان
Ras Al Khaimah = رأس الخيمة
Fujairah = الفجيرة
Umm Al Quwain = أم القيوين
Salalah = صلالة
Duqm = الدقم
Sohar = صحار
Dhofar = ظفار
Lusail = لوسيل
Manama = المنامة
Giza = الجيزة
Alexandria = الإسكندرية | الاسكندرية
Aswan = أسوان
Luxor = الأقصر
Port Said = بورسعيد | بور سعيد
Suez = السويس
Ismailia = الإسماعيلية
Mansoura = المنصورة
Tanta = طنطا
Hurghada = الغردقة
Marsa Alam = مرسى علم
Soma Bay = سوما باي
Sharm El Sheikh = شرم الشيخ
Ain Sokhna = العين السخنة
New Administrative Capital = العاصمة الإدارية الجديدة | العاصمة الإدارية
Dakahlia = الدقهلية
Monufia = المنوفية
Qalyubia = القليوبية
Sohag = سوهاج
Assiut = أسيوط
Minya = المنيا
Qena = قنا
Faiyum = الفيوم
Beni Suef = بني سويف
Damietta = دمياط
Kafr El Sheikh = كفر الشيخ
Matrouh = مرسى مطروح
Sinai = سيناء
# Chinese provinces and big cities, Taiwan's cities
Guangdong = قوانغدونغ | غوانغدونغ | جوانجدونج
Jiangsu = جيانغسو | جيانغسو
Zhejiang = تشجيانغ | تشيجيانغ | جيجيانغ
Shandong = شاندونغ | شاندونغ
Henan = خنان | هنان
Sichuan = سيتشوان | سيتشوان
Hubei = هوبي | خوبي
Hunan = هونان | خونان
Fujian = فوجيان
Anhui = آنهوي | انهوي
Hebei = خبي | هيبي
Shanxi = شانشي
Shaanxi = شنشي | شانشي الغربية
Yunnan = يوننان
Guizhou = قويتشو | غويتشو
Jiangxi = جيانغشي
Liaoning = لياونينغ
Jilin = جيلين
Heilongjiang = هيلونغجيانغ
Gansu = قانسو | غانسو
Qinghai = تشينغهاي
Hainan = هاينان
Wenchang = ونتشانغ | وينتشانغ
Xinjiang = شينجيانغ | شينجيانج
Tibet = التبت
Inner Mongolia = منغوليا الداخلية
Ningxia = نينغشيا
Guangxi = قوانغشي | غوانغشي
Qingdao = تشينغداو
Ningbo = نينغبو
Dalian = داليان
Shenyang = شنيانغ
Harbin = هاربين
Changsha = تشانغشا
Zhengzhou = تشنغتشو
Jinan = جينان
Fuzhou = فوتشو
Kunming = كونمينغ
Taiyuan = تاييوان
Wuxi = ووشي
Foshan = فوشان
Zhuhai = تشوهاي
Hsinchu = هسينشو | شينتشو
Kaohsiung = كاوهسيونغ
Taichung = تايتشونغ
# US states
California = كاليفورنيا
Vandenberg Space Force Base = قاعدة فاندنبرغ | قاعدة فاندنبرغ الجوية | قاعدة فاندنبيرغ
Cape Canaveral = كيب كانافيرال | كيب كانافرال | كاب كانافيرال
Starbase = ستاربيس | Starbase
Boca Chica = بوكا تشيكا
Texas = تكساس
Florida = فلوريدا
Arizona = أريزونا | اريزونا
Nevada = نيفادا
Ohio = أوهايو
Michigan = ميشيغان | ميشيجان
Virginia = فرجينيا | فيرجينيا
Massachusetts = ماساتشوستس
Illinois = إلينوي | إلينويز
Pennsylvania = بنسلفانيا
New Jersey = نيوجيرسي | نيو جيرسي
North Carolina = كارولاينا الشمالية | كارولينا الشمالية
South Carolina = كارولاينا الجنوبية | كارولينا الجنوبية
Oregon = أوريغون | أوريجون
Utah = يوتا
Colorado = كولورادو
Minnesota = مينيسوتا
Wisconsin = ويسكونسن
Indiana = إنديانا
Tennessee = تينيسي
Louisiana = لويزيانا
Alaska = ألاسكا
Hawaii = هاواي
Delaware = ديلاوير
Connecticut = كونيتيكت
Maryland = ماريلاند
Missouri = ميزوري
Kentucky = كنتاكي
Oklahoma = أوكلاهوما
Iowa = أيوا
Kansas = كانساس
Nebraska = نبراسكا
Idaho = أيداهو
Montana = مونتانا
Wyoming = وايومنغ
New Mexico = نيو مكسيكو
Alabama = ألاباما
Mississippi = ميسيسيبي
Arkansas = أركنساس
West Virginia = فرجينيا الغربية
# Big cities of the world that business news names
Penang = بينانغ | بينانج
Novorossiysk = نوفوروسيسك
Krakow = كراكوف
San Francisco = سان فرانسيسكو | سان فرانسيسكو
Seattle = سياتل
Boston = بوسطن
Austin = أوستن
Houston = هيوستن
Dallas = دالاس
Atlanta = أتلانتا
Miami = ميامي
Philadelphia = فيلادلفيا
Las Vegas = لاس فيغاس | لاس فيجاس
San Jose = سان خوسيه
Palo Alto = بالو ألتو
Mountain View = ماونتن فيو
Cupertino = كوبرتينو
Redmond = ريدموند
Munich = ميونخ | ميونيخ
Frankfurt = فرانكفورت
Hamburg = هامبورغ
Magdeburg = ماغدبورغ | ماجدبورج
Heidelberg = هايدلبرغ | هايدلبرج
Dresden = دريسدن | درسدن
Stuttgart = شتوتغارت | شتوتجارت
Cologne = كولونيا
Duesseldorf = دوسلدورف
Juelich = يوليش
Turin = تورينو
Kajaani = كاياني
Bavaria = بافاريا
North Rhine-Westphalia = شمال الراين-وستفاليا | شمال الراين وستفاليا | شمال الراين ويستفاليا | ولاية شمال الراين-وستفاليا | ولاية شمال الراين وستفاليا
Baden-Wuerttemberg = بادن-فورتمبيرغ | بادن فورتمبيرغ
Saxony = ساكسونيا
Barcelona = برشلونة
Milan = ميلانو
Geneva = جنيف
Zurich = زيورخ
Davos = دافوس
Mumbai = مومباي
Bangalore = بنغالور | بنغالورو
New Delhi = نيودلهي | نيو دلهي
Osaka = أوساكا
Busan = بوسان
Seoul = سول
Beijing = بكين | بيجين | بيجينغ
Shanghai = شانغهاي | شنغهاي | شنغهاى
Shenzhen = شنتشن | شنجن | شينزين | شينجن
Guangzhou = قوانغتشو | غوانغتشو | قوانغجو | غوانغجو
Hangzhou = هانغتشو | هانغجو | هانغتشو
Tianjin = تيانجين | تيانجين
Chongqing = تشونغتشينغ | تشونغ تشينغ
Wuhan = ووهان
Chengdu = تشنغدو | تشنغدو
Nanjing = نانجينغ | نانجينغ
Xi'an = شيآن | شيان
Suzhou = سوتشو | سوجو
Hefei = خفي | هيفي
Hohhot = هوهوت | هوهيهوت | خوخوت
Baotou = باوتو | باوتاو
Ordos = أوردوس | أردوس
Chifeng = تشيفنغ | تشي فنغ
Longgang = لونغقانغ | لونغغانغ
Pyeongtaek = بيونغتيك | بيونغتايك
Dongguan = دونغقوان | دونغقوان
Xiamen = شيامن
Qingdao = تشينغداو
Xinjiang = شينجيانغ | شينجيانج
Fujian = فوجيان | فوجيان
Shandong = شاندونغ | شاندونج
Hubei = هوبي | هوبى
Hunan = هونان
Henan = خنان | هينان
Sichuan = سيتشوان | سيشوان
Anhui = آنهوي | انهوي
Jiangxi = جيانغشي
Hebei = خبي | هيبي
Shanxi = شانشي
Shaanxi = شنشي | شانشي الشمالية
Liaoning = لياونينغ
Jilin = جيلين
Heilongjiang = هيلونغجيانغ
Yunnan = يوننان
Guizhou = قويتشو | غويتشو
Gansu = قانسو | غانسو
Qinghai = تشينغهاي
Ningxia = نينغشيا
Inner Mongolia = منغوليا الداخلية
Guangxi = قوانغشي | غوانغشي
Xiong'an = شيونغآن | شيونغ آن
Zhengzhou = تشنغتشو | تشنغجو
Changsha = تشانغشا
Jinan = جينان
Dalian = داليان
Shenyang = شنيانغ
Harbin = هاربين
Kunming = كونمينغ
Urumqi = أورومتشي | أرومتشي
Lhasa = لاسا
Ningbo = نينغبو
Yiwu = ييوو
Zhuhai = تشوهاي | جوهاي
Foshan = فوشان
Wuxi = ووشي
Tibet = التبت
Guangdong = قوانغدونغ | غوانغدونغ | قوانغدونغ
Zhejiang = تشجيانغ | تشيجيانغ
Jiangsu = جيانغسو
Hainan = هاينان
Washington = واشنطن
New York = نيويورك
San Francisco = سان فرانسيسكو | سان فرانسسكو
Los Angeles = لوس أنجلوس | لوس انجلوس | لوس أنجليس
Seattle = سياتل
Boston = بوسطن
Austin = أوستن
Texas = تكساس
California = كاليفورنيا
Nevada = نيفادا
Arizona = أريزونا | اريزونا
Florida = فلوريدا
Silicon Valley = وادي السيليكون | وادي سيليكون | سيليكون فالي
Wall Street = وول ستريت
London = لندن
Paris = باريس
Berlin = برلين
Brussels = بروكسل
Geneva = جنيف
Davos = دافوس
Frankfurt = فرانكفورت
Munich = ميونخ
Amsterdam = أمستردام
Moscow = موسكو
Tokyo = طوكيو
Osaka = أوساكا
Seoul = سيول | سول
Taipei = تايبيه | تايبي
Hsinchu = هسينشو
New Delhi = نيودلهي | نيودلهى
Mumbai = مومباي
Bangalore = بنغالور | بنغالورو
Dubai = دبي
Dubai South = دبي الجنوب
Deira = ديرة
Jebel Ali = جبل علي
Abu Dhabi = أبوظبي | أبو ظبي
Riyadh = الرياض
Jeddah = جدة
NEOM = نيوم
Doha = الدوحة
Manama = المنامة
Muscat = مسقط
Cairo = القاهرة
Alexandria = الإسكندرية | الاسكندرية
Beirut = بيروت
Damascus = دمشق
Baghdad = بغداد
Tehran = طهران
Istanbul = إسطنبول | اسطنبول
Kocaeli = قوجه إيلي | كوجا إيلي | كوجه ايلي | كوجالي
Gebze = غبزة | جبزة | غيبزة
Ankara = أنقرة
Rabat = الرباط
Casablanca = الدار البيضاء
Gaza = غزة | قطاع غزة
West Bank = الضفة الغربية
Jerusalem = القدس
Tel Aviv = تل أبيب
Asia = آسيا | اسيا
Europe = أوروبا | أوربا
Africa = أفريقيا | إفريقيا | افريقيا
North America = أمريكا الشمالية | أميركا الشمالية
Latin America = أمريكا اللاتينية | أميركا اللاتينية
South America = أمريكا الجنوبية | أميركا الجنوبية
Middle East = الشرق الأوسط
Middle East and North Africa = الشرق الأوسط وشمال أفريقيا | الشرق الأوسط وشمال إفريقيا | منطقة الشرق الأوسط وشمال أفريقيا
North Africa = شمال أفريقيا | شمال إفريقيا
Gulf = الخليج العربي | منطقة الخليج | دول الخليج
Southeast Asia = جنوب شرق آسيا
Asia-Pacific = آسيا والمحيط الهادئ | منطقة آسيا والمحيط الهادئ
Pacific Ocean = المحيط الهادئ | المحيط الهادي
Red Sea = البحر الأحمر
Cape of Good Hope = رأس الرجاء الصالح
Yangtze River = نهر اليانغتسي | نهر يانغتسي | اليانغتسي
Eastern Europe = أوروبا الشرقية | شرق أوروبا
Tanger Med = طنجة المتوسط
Dead Sea = البحر الميت
Baltic Sea = بحر البلطيق
Mediterranean = البحر المتوسط | البحر الأبيض المتوسط
Strait of Hormuz = مضيق هرمز
Suez Canal = قناة السويس
Greater Bay Area = منطقة الخليج الكبرى
Haifa = حيفا
Eilat = إيلات
Taba = طابا
Nazareth = الناصرة
Ramallah = رام الله
Nablus = نابلس
Hebron = الخليل
Sidon = صيدا
Tyre = مدينة صور
Tripoli = طرابلس
Benghazi = بنغازي
Aleppo = حلب
Homs = حمص
Latakia = اللاذقية
Basra = البصرة
Mosul = الموصل
Erbil = أربيل
Kirkuk = كركوك
Najaf = النجف
Karbala = كربلاء
Mecca = مكة المكرمة | مكة
Medina = المدينة المنورة
Dammam = الدمام
Khobar = الخبر
Tabuk = تبوك
Yanbu = ينبع
Jubail = الجبيل
Abha = أبها
Taif = الطائف
Al-Ula = العلا
Qassim = القصيم
Ras Tanura = رأس تنورة
Sharjah = الشارقة
Ajman = عجمان
Ras Al Khaimah = رأس الخيمة
Fujairah = الفجيرة
Kuwait City = مدينة الكويت | الكويت العاصمة
Sanaa = صنعاء
Aden = عدن
Hodeidah = الحديدة
Giza = الجيزة
Port Said = بورسعيد | بور سعيد
Suez = السويس
Aswan = أسوان
Luxor = الأقصر
Sharm El Sheikh = شرم الشيخ
New Administrative Capital = العاصمة الإدارية الجديدة
Tangier = طنجة
Agadir = أكادير
Marrakesh = مراكش
Fez = فاس
Oran = وهران
Khartoum = الخرطوم
Nouakchott = نواكشوط
Tunis = تونس العاصمة
Algiers = الجزائر العاصمة
Guantanamo = غوانتانامو | غوانتنامو
Camp David = كامب ديفيد
Maryland = ميريلاند | ماريلاند
Virginia = فرجينيا | فيرجينيا
New Jersey = نيوجيرسي
Pennsylvania = بنسلفانيا
Ohio = أوهايو
Michigan = ميشيغان
Illinois = إلينوي
Georgia (US state) = ولاية جورجيا
North Carolina = كارولينا الشمالية
Massachusetts = ماساتشوستس
Oregon = أوريغون
Utah = يوتا
Colorado = كولورادو
Alaska = ألاسكا
Hawaii = هاواي
Chicago = شيكاغو
Houston = هيوستن
Dallas = دالاس
Miami = ميامي
Atlanta = أتلانتا
Las Vegas = لاس فيغاس
Detroit = ديترويت
Philadelphia = فيلادلفيا
San Jose = سان خوسيه
Palo Alto = بالو ألتو
Cupertino = كوبرتينو
Mountain View = ماونتن فيو
Redmond = ريدموند
Menlo Park = مينلو بارك
Toronto = تورنتو | تورونتو
Vancouver = فانكوفر
Montreal = مونتريال
Ottawa = أوتاوا
Manchester = مانشستر
Edinburgh = إدنبرة
Milan = ميلانو
Barcelona = برشلونة
Vienna = فيينا
Zurich = زيورخ
Stockholm = ستوكهولم
Warsaw = وارسو
Kyiv = كييف
Saint Petersburg = سانت بطرسبرغ | سانت بطرسبورغ | سان بطرسبرغ
Minsk = مينسك
Tbilisi = تبليسي
Baku = باكو
Tashkent = طشقند
Almaty = ألماتي
Astana = أستانا
Islamabad = إسلام آباد
Karachi = كراتشي
Lahore = لاهور
Kabul = كابول
Dhaka = دكا
Colombo = كولومبو
Kolkata = كلكتا
Chennai = تشيناي
Hyderabad = حيدر أباد | حيدر آباد
Jakarta = جاكرتا
Kuala Lumpur = كوالالمبور | كوالا لمبور
Bangkok = بانكوك
Hanoi = هانوي
Ho Chi Minh City = مدينة هو تشي منه
Manila = مانيلا
Busan = بوسان
Pyongyang = بيونغ يانغ
Macau = ماكاو
Sydney = سيدني
Melbourne = ملبورن | ميلبورن
Johannesburg = جوهانسبرغ
Cape Town = كيب تاون
Nairobi = نيروبي
Lagos = لاغوس
Addis Ababa = أديس أبابا
Sao Paulo = ساو باولو
Rio de Janeiro = ريو دي جانيرو
Buenos Aires = بوينس آيرس | بوينوس آيرس
Mexico City = مكسيكو سيتي
Java = جاوا | جزيرة جاوا | جاوة | جزيرة جاوة
West Java = جاوة الغربية | جاوا الغربية
East Java = جاوة الشرقية | جاوا الشرقية
Central Java = جاوة الوسطى | جاوا الوسطى
Sumatra = سومطرة | سومطرا
Bali = جزيرة بالي
Crimea = القرم | شبه جزيرة القرم
Donbas = دونباس
Kashmir = كشمير
Darfur = دارفور
Sinai = سيناء | شبه جزيرة سيناء
Golan Heights = الجولان | مرتفعات الجولان
Nile = نهر النيل | النيل
Euphrates = الفرات | نهر الفرات
Tigris = نهر دجلة | دجلة
Indian Ocean = المحيط الهندي
Atlantic Ocean = المحيط الأطلسي | المحيط الاطلنطي
Arctic = القطب الشمالي
Antarctica = القطب الجنوبي | القارة القطبية الجنوبية
Arabian Gulf = الخليج
Persian Gulf = الخليج الفارسي
Gulf of Aden = خليج عدن
Bab el-Mandeb = باب المندب
Black Sea = البحر الأسود
Caspian Sea = بحر قزوين
South China Sea = بحر الصين الجنوبي
Taiwan Strait = مضيق تايوان
Sahara = الصحراء الكبرى
Levant = بلاد الشام
Maghreb = المغرب العربي
Balkans = البلقان
Scandinavia = الدول الإسكندنافية
Caucasus = القوقاز
Central Asia = آسيا الوسطى
East Asia = شرق آسيا
Horn of Africa = القرن الأفريقي | القرن الإفريقي
Eurozone = منطقة اليورو
`;

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const split = (s: string) => s.split('|').map((x) => x.trim()).filter(Boolean);

/** Parse `English = v1 | v2` lines. */
export function parseLines(block: string): [english: string, variants: string[]][] {
  const out: [string, string[]][] = [];
  for (const raw of block.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf(' = ');
    if (eq < 0) continue;
    out.push([line.slice(0, eq).trim(), split(line.slice(eq + 3))]);
  }
  return out;
}

let cache: NameEntry[] | null = null;

/** All place entries: countries first (they win a shared spelling, e.g. الكويت), then extra places, cities, regions. */
export function placeEntries(): NameEntry[] {
  if (cache) return cache;
  const out: NameEntry[] = [];
  const byCode = new Map<string, NameEntry>();
  const ar = countries.getNames('ar', { select: 'all' }) as Record<string, string[]>;
  for (const code of Object.keys(ar)) {
    const english = ENGLISH_OVERRIDES[code] ?? countries.getName(code, 'en', { select: 'official' }) ?? code;
    const e: NameEntry = { kind: 'place', english, key: `place:${code.toLowerCase()}`, variants: [...split(COUNTRY_VARIANTS[code] ?? ''), ...(ar[code] ?? [])], source: 'i18n-iso-countries' };
    byCode.set(code, e);
    out.push(e);
  }
  for (const [name, , code] of CLDR_COUNTRY_NAMES) byCode.get(code)?.variants.push(name);
  // Official names that are also everyday words: مالي "financial" (Mali), العيون "the eyes" (El Aaiún).
  for (const e of out) e.variants = e.variants.filter((v) => !COMMON_WORD_NAMES.has(v));
  // A spelling names one place: the first entry keeps it (a country over its capital: الكويت, عمان).
  const owner = new Map<string, string>();
  const claim = (e: NameEntry): NameEntry | null => {
    e.variants = e.variants.filter((v) => {
      const k = nameKeys(v).join(' ');
      const prev = owner.get(k);
      if (prev !== undefined && prev !== e.key) return false;
      owner.set(k, e.key);
      return true;
    });
    return e.variants.length ? e : null;
  };
  for (const e of out) claim(e);
  const fromLines = parseLines(EXTRA_PLACES).map(([english, variants]): NameEntry => ({ kind: 'place', english, key: `place:${slug(english)}`, variants, source: 'lexicon' }));
  const push = (e: NameEntry) => { const kept = claim(e); if (kept) out.push(kept); };
  fromLines.forEach(push);
  const known = new Set(fromLines.map((e) => e.key));
  for (const [arName, english] of CLDR_CITIES) {
    const key = `place:${slug(english)}`;
    if (!known.has(key)) push({ kind: 'place', english, key, variants: [arName], source: 'cldr' });
  }
  for (const [arName, english] of CLDR_REGIONS) push({ kind: 'place', english, key: `place:${slug(english)}`, variants: [arName], source: 'cldr' });
  cache = out;
  return out;
}

export { slug };
