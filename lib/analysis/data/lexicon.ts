/**
 * Curated names for Arabic tech and economy news: companies, AI labs, media, universities,
 * ministries and international bodies, products/models/chips, and people who recur in the news.
 *
 * One entry per line: `English = spelling | spelling …`. Spellings are as printed (hamza/alef, ة/ه and
 * ى/ي variants need not be repeated: matching is on the normalised form). A spelling marked `~` is a
 * short form (a surname alone, "ماسك"): it shows only the last word of the English name.
 * Sources: the companies' and agencies' own Arabic pages and the spellings used by Arabic outlets
 * (Al Jazeera, Asharq Al-Awsat, Sky News Arabia, CNN Arabic, Xinhua Arabic, China.org.cn Arabic,
 * Okaz, Annahar); checked against Arabic Wikipedia article titles where one exists.
 */
import type { EntityKind } from '../types';
import type { NameEntry } from '../gazetteer';

export const ORGANIZATIONS = `
# Tech companies and AI labs
Google = غوغل | جوجل | قوقل | غوغل | جوغل | Google
Alphabet = ألفابت | الفابت | Alphabet
DeepMind = ديب مايند | ديبمايند | غوغل ديب مايند | DeepMind
OpenAI = أوبن أيه آي | أوبن إيه آي | أوبن إي آي | أوبن أي آي | أوبن آي | أوبن ايه اي | أوبن إيه أي | اوبن اي اي | OpenAI
Anthropic = أنثروبيك | أنثروبك | انثروبيك | أنتروبيك | Anthropic
DeepSeek = ديبسيك | ديب سيك | دييب سيك | ديبسيك | DeepSeek
Microsoft = مايكروسوفت | ميكروسوفت | مايكروسفت | Microsoft
Apple = آبل | أبل | ابل | أپل | Apple
Meta = ميتا | Meta
Facebook = فيسبوك | فيس بوك | Facebook
Instagram = إنستغرام | انستغرام | إنستجرام | انستجرام | Instagram
WhatsApp = واتساب | واتس آب | واتس اب | WhatsApp
Amazon = أمازون | امازون | Amazon
Amazon Web Services = أمازون ويب سيرفيسز | خدمات أمازون ويب | AWS
Nvidia = إنفيديا | انفيديا | نفيديا | إنفيديا | إن فيديا | نيفيديا | Nvidia | NVIDIA
AMD = إيه إم دي | أيه إم دي | AMD
Intel = إنتل | انتل | Intel
Qualcomm = كوالكوم | Qualcomm
Arm = Arm Holdings
TSMC = تي إس إم سي | تايوان لصناعة أشباه الموصلات | TSMC
Samsung = سامسونغ | سامسونج | سامسنغ | Samsung
SK Hynix = إس كيه هاينكس | اس كيه هاينكس | SK Hynix
LG = إل جي | ال جي | LG
Sony = سوني | Sony
Huawei = هواوي | هواوى | Huawei
Xiaomi = شاومي | شياومي | شاومى | Xiaomi
Alibaba = علي بابا | علي بابا | Alibaba
Tencent = تينسنت | تنسنت | تينسينت | Tencent
Baidu = بايدو | Baidu
ByteDance = بايت دانس | بايتدانس | ByteDance
TikTok = تيك توك | تيكتوك | TikTok
JD.com = جيه دي دوت كوم | JD.com
Pinduoduo = بيندودو | Pinduoduo
Temu = تيمو | Temu
Shein = شي إن | Shein
BYD = بي واي دي | بي وای دي | BYD
NIO = نيو للسيارات | NIO
Xpeng = إكس بنغ | شياوبنغ | Xpeng
Li Auto = لي أوتو | Li Auto
Geely = جيلي | Geely
Chery = شيري | Chery
Great Wall Motors = غريت وول | جريت وول | Great Wall Motors
SAIC Motor = سايك | سايك موتور | SAIC
BAIC Group = مجموعة بكين للسيارات | بايك | BAIC
CATL = كاتل | سي إيه تي إل | CATL
Lenovo = لينوفو | Lenovo
ZTE = زد تي إي | زد تي اي | ZTE
SMIC = إس إم آي سي | SMIC
Zhipu AI = تشيبو | جيبو للذكاء الاصطناعي | تشيبو للذكاء الاصطناعي | Zhipu AI | Zhipu
Moonshot AI = مونشوت | Moonshot AI | Moonshot
iFlytek = آي فلاي تك | iFlytek
SenseTime = سينس تايم | SenseTime
DJI = دي جي آي | DJI
Unitree = يونيتري | Unitree
Tesla = تسلا | تيسلا | Tesla
SpaceX = سبيس إكس | سبيس اكس | SpaceX
xAI = إكس إيه آي | xAI
Twitter = تويتر | Twitter
Neuralink = نيورالينك | Neuralink
Starlink = ستارلينك | Starlink
IBM = آي بي إم | اي بي ام | IBM
Oracle = أوراكل | اوراكل | Oracle
Cisco = سيسكو | Cisco
Dell = Dell
HP = إتش بي | HP
Salesforce = سيلزفورس | Salesforce
Adobe = أدوبي | Adobe
Netflix = نتفليكس | Netflix
Uber = أوبر | اوبر | Uber
Airbnb = إير بي إن بي | Airbnb
Spotify = سبوتيفاي | Spotify
Snap = سناب | Snap
Snapchat = سناب شات | سنابشات | Snapchat
YouTube = يوتيوب | Youtube | YouTube
LinkedIn = لينكد إن | لينكدإن | LinkedIn
Telegram = تيليغرام | تلغرام | تليجرام | Telegram
Palantir = بالانتير | Palantir
Broadcom = برودكوم | Broadcom
Micron = Micron
ASML = إيه إس إم إل | ASML
Foxconn = فوكسكون | Foxconn
Mistral AI = ميسترال | Mistral AI | Mistral
Hugging Face = هاغينغ فيس | Hugging Face
Perplexity = بيربلكسيتي | Perplexity
Scale AI = سكيل إيه آي | Scale AI
Databricks = داتابريكس | Databricks
Cohere = كوهير | Cohere
Stability AI = ستابيليتي | Stability AI
Inflection AI = إنفليكشن | Inflection
SoftBank = سوفت بنك | سوفتبنك | SoftBank
Toyota = تويوتا | Toyota
Honda = هوندا | Honda
Nissan = نيسان للسيارات | Nissan
Volkswagen = فولكس فاغن | فولكسفاغن | فولكس واجن | Volkswagen
BMW = بي إم دبليو | BMW
Mercedes-Benz = مرسيدس بنز | مرسيدس | Mercedes
Ford = فورد | Ford
General Motors = جنرال موتورز | General Motors
Stellantis = ستيلانتيس | Stellantis
Renault = رينو | Renault
Hyundai = هيونداي | Hyundai
Kia = كيا موتورز | Kia
Boeing = بوينغ | بوينج | Boeing
Airbus = إيرباص | ايرباص | Airbus
Siemens = سيمنز | Siemens
Ericsson = إريكسون | اريكسون | Ericsson
Nokia = نوكيا | Nokia
Vodafone = فودافون | Vodafone
Aramco = أرامكو | أرامكو السعودية | ارامكو | Aramco
SABIC = سابك | SABIC
STC = إس تي سي | STC
e& = مجموعة اتصالات | اتصالات الإمارات | e&
G42 = جي 42 | G42
Careem = Careem
Public Investment Fund = صندوق الاستثمارات العامة | PIF
Mubadala = مبادلة | Mubadala
Qatar Investment Authority = جهاز قطر للاستثمار | QIA
Emirates = طيران الإمارات
Qatar Airways = الخطوط الجوية القطرية
Saudia = الخطوط السعودية
ExxonMobil = إكسون موبيل | اكسون موبيل | ExxonMobil
Shell = Shell
BP = بي بي | BP
Chevron = شيفرون | Chevron
TotalEnergies = توتال إنرجيز | توتال | TotalEnergies
Sinopec = سينوبك | Sinopec
PetroChina = بتروتشاينا | PetroChina
CNPC = مؤسسة البترول الوطنية الصينية
Berkshire Hathaway = بيركشاير هاثاواي | Berkshire Hathaway
BlackRock = بلاك روك | بلاكروك | BlackRock
Goldman Sachs = غولدمان ساكس | جولدمان ساكس | Goldman Sachs
JPMorgan = جيه بي مورغان | جي بي مورغان | جيه بي مورجان | JPMorgan
Morgan Stanley = مورغان ستانلي | مورجان ستانلي | Morgan Stanley
Citigroup = سيتي غروب | سيتي جروب | Citigroup
HSBC = إتش إس بي سي | HSBC
Bank of America = بنك أوف أمريكا | بنك أوف أميركا
UBS = يو بي إس | UBS
Visa = Visa
Mastercard = ماستركارد | Mastercard
PayPal = باي بال | Paypal | PayPal
Bitcoin = بيتكوين | Bitcoin
Binance = بينانس | Binance
Coinbase = كوين بيس | كوينبيس | Coinbase

# Media outlets and news agencies
Xinhua = شينخوا | شينهوا | Xinhua
China.org.cn = شبكة الصين | China.org.cn
CGTN = سي جي تي إن | CGTN
China Media Group = مجموعة الصين للإعلام
People's Daily = صحيفة الشعب اليومية | الشعب اليومية | People's Daily
Global Times = جلوبال تايمز | غلوبال تايمز | Global Times
China Daily = تشاينا ديلي | China Daily
Reuters = رويترز | Reuters
Bloomberg = بلومبرغ | بلومبيرغ | بلومبرج | بلومبيرج | Bloomberg
Associated Press = أسوشيتد برس | اسوشيتد برس | Associated Press
Agence France-Presse = فرانس برس | فرانس بريس | وكالة الصحافة الفرنسية | AFP
Financial Times = فاينانشال تايمز | فايننشال تايمز | فاينانشيال تايمز | فايننشيال تايمز | Financial Times
The Wall Street Journal = وول ستريت جورنال | وول ستريت جورنال | Wall Street Journal
The New York Times = نيويورك تايمز | New York Times
The Washington Post = واشنطن بوست | Washington Post
The Economist = إيكونوميست | الإيكونوميست | ذي إيكونوميست | Economist
The Guardian = الغارديان | غارديان | الجارديان | Guardian
The Times = التايمز
The Telegraph = التلغراف | ديلي تلغراف
Forbes = فوربس | Forbes
Fortune = فورتشن | Fortune
CNBC = سي إن بي سي | CNBC
CNN = سي إن إن | CNN
BBC = بي بي سي | BBC
Fox News = فوكس نيوز
Axios = أكسيوس | Axios
The Information = ذي إنفورميشن
TechCrunch = تك كرانش | TechCrunch
The Verge = ذا فيرج | The Verge
Wired = وايرد | Wired
Nikkei = نيكاي | نيكي آسيا | Nikkei
Yonhap = يونهاب | Yonhap
Kyodo = كيودو
Al Jazeera = الجزيرة نت | قناة الجزيرة | شبكة الجزيرة
Al Arabiya = العربية نت | قناة العربية
Sky News Arabia = سكاي نيوز عربية
Asharq Al-Awsat = الشرق الأوسط اللندنية | صحيفة الشرق الأوسط
Asharq Business = الشرق بلومبرغ | الشرق للأخبار
Saudi Press Agency = وكالة الأنباء السعودية | واس
WAM = وكالة أنباء الإمارات | وام
MENA = وكالة أنباء الشرق الأوسط
QNA = وكالة الأنباء القطرية
KUNA = وكالة الأنباء الكويتية | كونا
Okaz = عكاظ
Annahar = صحيفة النهار | Annahar
Al-Ahram = صحيفة الأهرام | مؤسسة الأهرام
Arab News = عرب نيوز
Anadolu Agency = الأناضول | وكالة الأناضول
Sputnik = سبوتنيك
RT = روسيا اليوم
TASS = تاس
Interfax = إنترفاكس
Counterpoint Research = كاونتربوينت | كاونتر بوينت | Counterpoint
IDC = مؤسسة البيانات الدولية | IDC
Gartner = غارتنر | جارتنر | Gartner
Canalys = كاناليس | Canalys
McKinsey = ماكنزي | ماكينزي | McKinsey
PwC = برايس ووترهاوس كوبرز | PwC
Deloitte = ديلويت | Deloitte
KPMG = كيه بي إم جي | KPMG
EY = إرنست ويونغ | EY
Moody's = موديز | Moody's
S&P Global = ستاندرد آند بورز | ستاندرد أند بورز | إس آند بي | S&P
Fitch = فيتش | Fitch
Nasdaq = ناسداك | Nasdaq
New York Stock Exchange = بورصة نيويورك
Dow Jones = داو جونز | Dow Jones
Hong Kong Stock Exchange = بورصة هونغ كونغ
Shanghai Stock Exchange = بورصة شانغهاي | بورصة شنغهاي
Tadawul = تداول السعودية

# Universities and research bodies
University of California, Berkeley = جامعة كاليفورنيا في بيركلي | جامعة كاليفورنيا ببيركلي | جامعة كاليفورنيا بيركلي | جامعة بيركلي
Stanford University = جامعة ستانفورد | ستانفورد
Harvard University = جامعة هارفارد | هارفارد
MIT = معهد ماساتشوستس للتكنولوجيا | إم آي تي | MIT
Carnegie Mellon University = جامعة كارنيغي ميلون
Oxford University = جامعة أكسفورد | أكسفورد
Cambridge University = جامعة كامبريدج | كامبريدج
Princeton University = جامعة برينستون
Yale University = جامعة ييل
Columbia University = جامعة كولومبيا
Tsinghua University = جامعة تسينغهوا | جامعة تشينغهوا | تسينغهوا
Peking University = جامعة بكين
Zhejiang University = جامعة تشجيانغ | جامعة تشيجيانغ
Fudan University = جامعة فودان
Chinese Academy of Sciences = الأكاديمية الصينية للعلوم
Cairo University = جامعة القاهرة
American University of Beirut = الجامعة الأمريكية في بيروت | الجامعة الأميركية في بيروت
KAUST = جامعة الملك عبدالله للعلوم والتقنية | جامعة الملك عبد الله للعلوم والتقنية | كاوست
King Saud University = جامعة الملك سعود
Mohamed bin Zayed University of Artificial Intelligence = جامعة محمد بن زايد للذكاء الاصطناعي
Beijing Humanoid Robot Innovation Center = مركز بكين لابتكار الروبوتات | مركز بكين لابتكار الروبوتات البشرية

# Governments, ministries, central banks and international bodies
Ministry of Industry and Information Technology = وزارة الصناعة وتكنولوجيا المعلومات
Ministry of Commerce = وزارة التجارة الصينية
National Bureau of Statistics = المصلحة الوطنية للإحصاء | مصلحة الدولة للإحصاء | الهيئة الوطنية للإحصاء | المكتب الوطني للإحصاء
National Development and Reform Commission = اللجنة الوطنية للتنمية والإصلاح
People's Bank of China = بنك الشعب الصيني | البنك المركزي الصيني
State Council = مجلس الدولة الصيني
Cyberspace Administration of China = إدارة الفضاء الإلكتروني الصينية
Federal Reserve = الاحتياطي الفيدرالي | الاحتياطي الاتحادي | مجلس الاحتياطي الفيدرالي | البنك المركزي الأمريكي | الفيدرالي الأمريكي
European Central Bank = البنك المركزي الأوروبي
Bank of England = بنك إنجلترا
Bank of Japan = بنك اليابان
Saudi Central Bank = البنك المركزي السعودي | SAMA
Central Bank of Egypt = البنك المركزي المصري
US Department of Commerce = وزارة التجارة الأمريكية | وزارة التجارة الأميركية
US Treasury = وزارة الخزانة الأمريكية | وزارة الخزانة الأميركية
White House = البيت الأبيض
Pentagon = البنتاغون | البنتاجون
Congress = الكونغرس | الكونجرس
Federal Trade Commission = لجنة التجارة الفيدرالية
Securities and Exchange Commission = هيئة الأوراق المالية والبورصات
Kremlin = الكرملين
European Commission = المفوضية الأوروبية
European Union = الاتحاد الأوروبي
European Parliament = البرلمان الأوروبي
United Nations = الأمم المتحدة | منظمة الأمم المتحدة
UNESCO = اليونسكو | منظمة الأمم المتحدة للتربية والعلم والثقافة
UNCTAD = مؤتمر الأمم المتحدة للتجارة والتنمية | الأونكتاد
UNDP = برنامج الأمم المتحدة الإنمائي
World Health Organization = منظمة الصحة العالمية
International Monetary Fund = صندوق النقد الدولي
World Bank = البنك الدولي | مجموعة البنك الدولي
World Trade Organization = منظمة التجارة العالمية
World Economic Forum = المنتدى الاقتصادي العالمي
International Energy Agency = وكالة الطاقة الدولية
International Telecommunication Union = الاتحاد الدولي للاتصالات
International Labour Organization = منظمة العمل الدولية
OECD = منظمة التعاون الاقتصادي والتنمية
OPEC = أوبك | منظمة البلدان المصدرة للنفط | منظمة الدول المصدرة للنفط
OPEC+ = أوبك بلس | أوبك+
G20 = مجموعة العشرين | G20
G7 = مجموعة السبع | مجموعة الدول السبع | G7
BRICS = بريكس | مجموعة بريكس | BRICS
ASEAN = آسيان | رابطة دول جنوب شرق آسيا | ASEAN
Arab League = جامعة الدول العربية | الجامعة العربية
Gulf Cooperation Council = مجلس التعاون الخليجي | مجلس التعاون لدول الخليج العربية
African Union = الاتحاد الأفريقي | الاتحاد الإفريقي
NATO = حلف شمال الأطلسي | الناتو | حلف الناتو
Shanghai Cooperation Organisation = منظمة شانغهاي للتعاون
Asian Infrastructure Investment Bank = البنك الآسيوي للاستثمار في البنية التحتية
New Development Bank = بنك التنمية الجديد
Islamic Development Bank = البنك الإسلامي للتنمية
China-Arab States Cooperation Forum = منتدى التعاون الصيني العربي
Communist Party of China = الحزب الشيوعي الصيني

# Politics and security bodies that economy news also names
UN Security Council = مجلس الأمن | مجلس الأمن الدولي
UN General Assembly = الجمعية العامة للأمم المتحدة
International Atomic Energy Agency = الوكالة الدولية للطاقة الذرية
International Committee of the Red Cross = اللجنة الدولية للصليب الأحمر | الصليب الأحمر
International Criminal Court = المحكمة الجنائية الدولية
International Court of Justice = محكمة العدل الدولية
Hezbollah = حزب الله
Hamas = حماس | حركة حماس
Fatah = حركة فتح
Taliban = طالبان | حركة طالبان
Muslim Brotherhood = الإخوان المسلمين | الإخوان المسلمون | جماعة الإخوان
Palestinian Authority = السلطة الفلسطينية
Palestine Liberation Organization = منظمة التحرير الفلسطينية
Democratic Party = الحزب الديمقراطي
Republican Party = الحزب الجمهوري
CIA = وكالة المخابرات المركزية الأمريكية | وكالة الاستخبارات المركزية | CIA
FBI = مكتب التحقيقات الفيدرالي | FBI
NASA = ناسا | وكالة ناسا | NASA
European Space Agency = وكالة الفضاء الأوروبية
China National Space Administration = إدارة الفضاء الوطنية الصينية
Saudi Vision 2030 = رؤية 2030 | رؤية السعودية 2030
Dubai Financial Market = سوق دبي المالي
Abu Dhabi Securities Exchange = سوق أبوظبي للأوراق المالية
Egyptian Exchange = البورصة المصرية
Suez Canal Authority = هيئة قناة السويس
Emirates NBD = بنك الإمارات دبي الوطني
Qatar National Bank = بنك قطر الوطني
Al Rajhi Bank = مصرف الراجحي
Saudi National Bank = البنك الأهلي السعودي
National Bank of Egypt = البنك الأهلي المصري
ADNOC = أدنوك | شركة بترول أبوظبي الوطنية
QatarEnergy = قطر للطاقة
Kuwait Petroleum Corporation = مؤسسة البترول الكويتية
Gazprom = غازبروم
Rosneft = روسنفت
Sky News = سكاي نيوز
Al Mayadeen = الميادين
France 24 = فرانس 24
Deutsche Welle = دويتشه فيله
Le Monde = لوموند
Der Spiegel = دير شبيغل
Politico = بوليتيكو
The Hill = ذا هيل
Time = مجلة تايم
Newsweek = نيوزويك
`;

export const PRODUCTS = `
ChatGPT = تشات جي بي تي | شات جي بي تي | تشات جيبيتي | شات جيبيتي | تشات جي بي تى | ChatGPT
GPT-4 = جي بي تي 4 | جي بي تي-4 | GPT-4
GPT-4o = GPT-4o
GPT-5 = جي بي تي 5 | جي بي تي-5 | GPT-5
Sora = سورا
Gemini = جيميني | جيمناي | جيمني | Gemini
Claude = كلود | Claude
Llama = لاما | Llama
Copilot = كوبايلوت | كوبيلوت | Copilot
Grok = غروك | جروك | Grok
Qwen = تشيان ون | كوين | Qwen
Ernie Bot = إرني بوت | إيرني بوت | ERNIE
Kimi = كيمي | Kimi
DeepSeek-R1 = ديبسيك آر 1 | DeepSeek-R1
R1 = آر 1 | آر1 | R1
V3 = في 3 | V3
Blackwell = بلاكويل | بلاك ويل | Blackwell
Hopper = هوبر | Hopper
H100 = إتش 100 | H100
H800 = إتش 800 | H800
H20 = إتش 20 | H20
A100 = إيه 100 | A100
Ascend = أسيند | أسند | Ascend
Kirin = كيرين | Kirin
Snapdragon = سنابدراغون | سناب دراغون | Snapdragon
iPhone = آيفون | أيفون | ايفون | آي فون | iPhone
iPad = آيباد | أيباد | ايباد | iPad
Mac = Mac | MacBook | ماك بوك
Vision Pro = فيجن برو | فيجين برو | Vision Pro
Apple Watch = آبل ووتش | ساعة آبل | Apple Watch
Android = أندرويد | اندرويد | آندرويد | Android
HarmonyOS = هارموني أو إس | هارموني أوإس | HarmonyOS
Windows = ويندوز | Windows
Galaxy = غالاكسي | جالاكسي | Galaxy
Pixel = غوغل بكسل | جوجل بكسل | Pixel
Mate = هواوي ميت | Mate
Model 3 = موديل 3 | Model 3
Model Y = موديل واي | Model Y
Cybertruck = سايبرتراك | Cybertruck
Starship = ستارشيب | Starship
PlayStation = بلايستيشن | بلاي ستيشن | PlayStation
Xbox = إكس بوكس | اكس بوكس | Xbox
Azure = Azure
Chrome = غوغل كروم | جوجل كروم | Chrome
Tiangong = تيانقونغ | تيانغونغ
Chang'e = تشانغ إي | تشانغ آه
Tianwen = تيانوين | تيانون
Beidou = بيدو | بيدو للملاحة | BeiDou
`;

export const PEOPLE = `
Elon Musk = إيلون ماسك | ايلون ماسك | إلون ماسك | ~ماسك
Sam Altman = سام ألتمان | سام التمان | سام آلتمان | ~ألتمان | ~آلتمان
Jensen Huang = جنسن هوانغ | جينسن هوانغ | جنسن هوانج | جينسن هوانج | جنسن هوانغ | ~هوانغ
Tim Cook = تيم كوك
Satya Nadella = ساتيا ناديلا | ساتيا نادالا | ~ناديلا
Sundar Pichai = سوندار بيتشاي | سندار بيتشاي | ~بيتشاي
Mark Zuckerberg = مارك زوكربيرغ | مارك زوكربيرج | مارك زوكربرغ | ~زوكربيرغ | ~زوكربيرج | ~زوكربرغ
Jeff Bezos = جيف بيزوس | ~بيزوس
Andy Jassy = آندي جاسي | أندي جاسي | ~جاسي
Bill Gates = بيل غيتس | بيل جيتس | ~غيتس
Larry Page = لاري بيج
Sergey Brin = سيرغي برين | سيرجي برين
Demis Hassabis = ديميس هاسابيس | ~هاسابيس
Dario Amodei = داريو أمودي | ~أمودي
Mustafa Suleyman = مصطفى سليمان
Greg Brockman = غريغ بروكمان | جريج بروكمان | ~بروكمان
Ilya Sutskever = إيليا سوتسكيفر | ~سوتسكيفر
Mira Murati = ميرا موراتي | ~موراتي
Yann LeCun = يان لوكون | يان ليكون | ~لوكون
Geoffrey Hinton = جيفري هينتون | ~هينتون
Fei-Fei Li = في في لي | فاي فاي لي
Lisa Su = ليزا سو
Pat Gelsinger = بات غيلسنغر | بات جيلسنجر
Lip-Bu Tan = ليب بو تان
Arvind Krishna = أرفيند كريشنا
Masayoshi Son = ماسايوشي سون
Liang Wenfeng = ليانغ ون فنغ | ليانغ وين فنغ | ليانغ ون فينغ | ليانغ ونفنغ | ليانغ وينفنغ
Ren Zhengfei = رن تشنغ في | رن جينغ في | رين تشنغ فاي
Lei Jun = لي جون | لي جيون
Jack Ma = جاك ما
Pony Ma = ما هوا تنغ | ما هواتنغ | بوني ما
Robin Li = روبن لي | لي يان هونغ
Zhang Yiming = تشانغ يي مينغ | جانغ يي مينغ
Wang Chuanfu = وانغ تشوان فو | وانغ تشوانفو
Robin Zeng = تسنغ يو تشيون
Xi Jinping = شي جين بينغ | شي جينبينغ | شي جين بينج
Li Qiang = لي تشيانغ | لي تشيانج
Wang Yi = وانغ يي
Donald Trump = دونالد ترامب | دونالد ترمب | ~ترامب | ~ترمب
Joe Biden = جو بايدن | ~بايدن
Kamala Harris = كامالا هاريس | ~هاريس
Barack Obama = باراك أوباما | ~أوباما
JD Vance = جيه دي فانس | جي دي فانس
Marco Rubio = ماركو روبيو | ~روبيو
Scott Bessent = سكوت بيسنت | ~بيسنت
Howard Lutnick = هوارد لوتنيك | ~لوتنيك
Gina Raimondo = جينا ريموندو | ~ريموندو
Janet Yellen = جانيت يلين | ~يلين
Jerome Powell = جيروم باول | ~باول
Christine Lagarde = كريستين لاغارد | كريستين لاجارد | ~لاغارد
Kristalina Georgieva = كريستالينا غورغييفا | كريستالينا جورجيفا | ~غورغييفا | ~جورجيفا
Ajay Banga = أجاي بانغا | أجاي بانجا
Ngozi Okonjo-Iweala = نغوزي أوكونجو إيويالا | نجوزي أوكونجو إيويالا
Antonio Guterres = أنطونيو غوتيريش | أنطونيو جوتيريش | ~غوتيريش | ~جوتيريش
Ursula von der Leyen = أورسولا فون دير لاين | ~فون دير لاين
Vladimir Putin = فلاديمير بوتين | ~بوتين
Narendra Modi = ناريندرا مودي | ~مودي
Emmanuel Macron = إيمانويل ماكرون | ايمانويل ماكرون | ~ماكرون
Olaf Scholz = أولاف شولتس | ~شولتس
Friedrich Merz = فريدريش ميرتس | ~ميرتس
Keir Starmer = كير ستارمر | ~ستارمر
Rishi Sunak = ريشي سوناك | ~سوناك
Recep Tayyip Erdogan = رجب طيب أردوغان | ~أردوغان
Mohammed bin Salman = محمد بن سلمان | الأمير محمد بن سلمان
King Salman = الملك سلمان بن عبدالعزيز | الملك سلمان بن عبد العزيز | خادم الحرمين الشريفين
Mohamed bin Zayed = محمد بن زايد | الشيخ محمد بن زايد
Mohammed bin Rashid = محمد بن راشد | الشيخ محمد بن راشد
Tamim bin Hamad = تميم بن حمد | الشيخ تميم بن حمد
Abdel Fattah el-Sisi = عبد الفتاح السيسي | عبدالفتاح السيسي | ~السيسي
Warren Buffett = وارن بافيت | وارين بافيت | ~بافيت
Larry Fink = لاري فينك
Jamie Dimon = جيمي ديمون | ~ديمون
Cathie Wood = كاثي وود
Peter Thiel = بيتر ثيل
Reed Hastings = ريد هاستينغز
Jack Dorsey = جاك دورسي
Linda Yaccarino = ليندا ياكارينو
Shou Zi Chew = شو زي تشيو | شو تشيو
Amin Nasser = أمين الناصر | أمين حسن الناصر
Yasir Al-Rumayyan = ياسر الرميان | ~الرميان
Kofi Annan = كوفي عنان | كوفي أنان | ~عنان | ~أنان
Ban Ki-moon = بان كي مون
Tony Blair = توني بلير | ~بلير
George W. Bush = جورج بوش | جورج دبليو بوش
Hillary Clinton = هيلاري كلينتون
Bill Clinton = بيل كلينتون
Benjamin Netanyahu = بنيامين نتنياهو | ~نتنياهو
Volodymyr Zelensky = فولوديمير زيلينسكي | ~زيلينسكي
Mahmoud Abbas = محمود عباس
Bashar al-Assad = بشار الأسد
Sergey Lavrov = سيرغي لافروف | ~لافروف
Antony Blinken = أنتوني بلينكن | ~بلينكن
Jake Sullivan = جيك سوليفان
Nancy Pelosi = نانسي بيلوسي | ~بيلوسي
Angela Merkel = أنغيلا ميركل | أنجيلا ميركل | ~ميركل
Giorgia Meloni = جورجيا ميلوني | ~ميلوني
Pedro Sanchez = بيدرو سانشيز
Justin Trudeau = جاستن ترودو | ~ترودو
Mark Carney = مارك كارني
Fumio Kishida = فوميو كيشيدا | ~كيشيدا
Shigeru Ishiba = شيغيرو إيشيبا
Yoon Suk Yeol = يون سوك يول
Lee Jae-myung = لي جيه ميونغ | لي جاي ميونغ
Luiz Inacio Lula da Silva = لولا دا سيلفا | لويس إيناسيو لولا دا سيلفا
Javier Milei = خافيير ميلي
Cyril Ramaphosa = سيريل رامافوزا | ~رامافوزا
Abiy Ahmed = آبي أحمد
Ahmed Aboul Gheit = أحمد أبو الغيط | ~أبو الغيط
Mostafa Madbouly = مصطفى مدبولي | ~مدبولي
Mohammed Al-Jadaan = محمد الجدعان | ~الجدعان
Khalid Al-Falih = خالد الفالح | ~الفالح
Abdulaziz bin Salman = عبدالعزيز بن سلمان | الأمير عبدالعزيز بن سلمان
Haitham bin Tarik = هيثم بن طارق
Abdullah II = الملك عبدالله الثاني | الملك عبد الله الثاني
Joseph Aoun = جوزيف عون
Nawaf Salam = نواف سلام
`;

/** Kind and key prefix of each block. */
const BLOCKS: [EntityKind, string, string][] = [
  ['organization', 'org', ORGANIZATIONS],
  ['product', 'product', PRODUCTS],
  ['person', 'person', PEOPLE],
];

export interface LexiconLine {
  entry: NameEntry;
  /** Variants that are short forms (surname alone), with their English. */
  short: [variant: string, english: string][];
}

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9+]+/g, '-').replace(/^-|-$/g, '');

let cache: LexiconLine[] | null = null;

/** Parsed lexicon. */
export function lexiconLines(): LexiconLine[] {
  if (cache) return cache;
  const out: LexiconLine[] = [];
  for (const [kind, prefix, block] of BLOCKS) {
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      const eq = line.indexOf(' = ');
      if (eq < 0) continue;
      const english = line.slice(0, eq).trim();
      const variants: string[] = [];
      const short: [string, string][] = [];
      const last = english.split(/\s+/).pop() ?? english;
      for (const v of line.slice(eq + 3).split('|').map((x) => x.trim()).filter(Boolean)) {
        if (v.startsWith('~')) short.push([v.slice(1).trim(), kind === 'person' ? last : english]);
        else variants.push(v);
      }
      out.push({ entry: { kind, english, key: `${prefix}:${slug(english)}`, variants, source: 'lexicon' }, short });
    }
  }
  cache = out;
  return out;
}
