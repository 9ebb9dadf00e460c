/**
 * Common given names as Arabic news writes them, with their usual English spelling. A given name
 * followed by one or two name-like words is a person (جون بولتون, خافيير سولانا), and the English
 * of a name in no list starts from here rather than from a letter-by-letter transliteration.
 * `Arabic = English` pairs, several per line. Hand-kept from news usage.
 */
const PAIRS = `
محمد=Mohammed أحمد=Ahmed محمود=Mahmoud مصطفى=Mustafa عمر=Omar عثمان=Othman حسن=Hassan حسين=Hussein
خالد=Khaled سعد=Saad عبدالله=Abdullah عبدالعزيز=Abdulaziz عبدالرحمن=Abdulrahman إبراهيم=Ibrahim
إسماعيل=Ismail يوسف=Youssef فهد=Fahd فيصل=Faisal سلمان=Salman سلطان=Sultan طارق=Tarek هشام=Hisham وليد=Walid
ماجد=Majed ناصر=Nasser منصور=Mansour جمال=Jamal كمال=Kamal عادل=Adel عماد=Emad أيمن=Ayman أسامة=Osama
حمد=Hamad راشد=Rashid زايد=Zayed تميم=Tamim نايف=Nayef بندر=Bandar تركي=Turki عبدالفتاح=Abdel-Fattah
ياسر=Yasser ياسين=Yassin نبيل=Nabil نادر=Nader نزار=Nizar هاني=Hani هاشم=Hashem وائل=Wael رامي=Rami
سامي=Sami سمير=Samir شريف=Sherif صلاح=Salah طلال=Talal عصام=Essam فؤاد=Fouad فادي=Fadi 
مروان=Marwan معاذ=Moaz منير=Mounir نجيب=Najib هيثم=Haitham يحيى=Yahya زياد=Ziad داوود=Dawood داود=Dawood سليمان=Sulaiman موسى=Musa عيسى=Issa صالح=Saleh عبدالملك=Abdulmalik عزت=Ezzat عصام=Essam شادي=Shadi رشيد=Rashid بندر=Bandar جورج=George ميشال=Michel
فاطمة=Fatima عائشة=Aisha مريم=Maryam سارة=Sarah ليلى=Layla رانيا=Rania 
جون=John جيمس=James جيم=Jim جوزيف=Joseph جاك=Jack جيف=Jeff جيفري=Jeffrey جيروم=Jerome جاستن=Justin
مارك=Mark مايكل=Michael مايك=Mike ديفيد=David دافيد=David دانيال=Daniel دونالد=Donald ريتشارد=Richard
روبرت=Robert بوب=Bob بيل=Bill ويليام=William وليام=William توماس=Thomas توم=Tom تيم=Tim توني=Tony بيتر=Peter
بول=Paul باتريك=Patrick ستيف=Steve ستيفن=Stephen ستيفان=Stefan صامويل=Samuel سكوت=Scott
كيفن=Kevin كريس=Chris كريستوفر=Christopher كريستين=Christine كريستيان=Christian آندي=Andy أندرو=Andrew
أنطونيو=Antonio أنتوني=Anthony إيلون=Elon إيمانويل=Emmanuel فرانسوا=Francois جان=Jean بيير=Pierre
ميشيل=Michel نيكولا=Nicolas نيكولاس=Nicholas ألكسندر=Alexander ألكسندر=Alexander سيرغي=Sergey سيرجي=Sergey
فلاديمير=Vladimir ديمتري=Dmitry إيغور=Igor أولاف=Olaf فريدريش=Friedrich أنغيلا=Angela أنجيلا=Angela
أورسولا=Ursula هيلاري=Hillary باراك=Barack جوزيف=Joseph كامالا=Kamala نانسي=Nancy ماركو=Marco
لاري=Larry هنري=Henry جيسون=Jason براين=Brian بريان=Brian إريك=Eric ايريك=Eric غاري=Gary جاري=Gary
ديفيد=David ماثيو=Matthew جوناثان=Jonathan جيمي=Jamie جينا=Gina جانيت=Janet ليزا=Lisa
ماري=Mary إليزابيث=Elizabeth كاثرين=Catherine كيت=Kate سوزان=Susan لورا=Laura
إميلي=Emily جنيفر=Jennifer جيسيكا=Jessica ميرا=Mira شيريل=Sheryl ريد=Reed وارن=Warren هوارد=Howard
خافيير=Javier كارلوس=Carlos خوسيه=Jose لويس=Luis خوان=Juan ماريو=Mario باولو=Paulo لويجي=Luigi
جورجيا=Giorgia ماتيو=Matteo ريشي=Rishi كير=Keir بوريس=Boris تيريزا=Theresa ناريندرا=Narendra
راهول=Rahul سوندار=Sundar ساتيا=Satya أرفيند=Arvind موكيش=Mukesh راتان=Ratan أجاي=Ajay سانجاي=Sanjay
ماسايوشي=Masayoshi شينزو=Shinzo فوميو=Fumio يوشيهيدي=Yoshihide كيم=Kim مون=Moon يون=Yoon
رجب=Ragab كوفي=Kofi 
علاء=Alaa عمرو=Amr شريف=Sherif باسم=Bassem باسل=Basel بلال=Bilal توفيق=Tawfik ثامر=Thamer جابر=Jaber جاسم=Jassim
حازم=Hazem حاتم=Hatem حامد=Hamed حمدي=Hamdi حمزة=Hamza خليل=Khalil رائد=Raed رضا=Reda رياض=Riad زكريا=Zakaria
سالم=Salem سامح=Sameh سعود=Saud سيف=Saif شادي=Shadi صابر=Saber ضياء=Diaa طه=Taha عاطف=Atef عبدالحليم=Abdel-Halim
عبدالحميد=Abdel-Hamid عبدالرحيم=Abderrahim عبدالكريم=Abdelkarim عبداللطيف=Abdellatif عبدالمجيد=Abdelmajid عبدالمنعم=Abdel-Moneim
عبدالهادي=Abdel-Hadi عبدالوهاب=Abdel-Wahab عدنان=Adnan عزيز=Aziz علاءالدين=Alaaeddine غسان=Ghassan فراس=Firas فريد=Farid
فواز=Fawaz قاسم=Qassem كريم=Karim لؤي=Louay ماهر=Maher مجدي=Magdy محسن=Mohsen مدحت=Medhat مراد=Mourad مهند=Mohannad
مؤمن=Moamen نادر=Nader نديم=Nadim نصر=Nasr نعيم=Naim هادي=Hadi هيثم=Haitham وسام=Wissam ياسر=Yasser يزيد=Yazid
عبدالإله=Abdulilah إياد=Iyad أنس=Anas أنور=Anwar أشرف=Ashraf أمجد=Amjad إيهاب=Ihab بشار=Bashar تامر=Tamer جهاد=Jihad
حسام=Hossam حمود=Hamoud خلفان=Khalfan ذياب=Diab رشاد=Rashad سلامة=Salama شوقي=Shawki صبري=Sabri طحنون=Tahnoun
عبيد=Obaid عوض=Awad غانم=Ghanem مبارك=Mubarak مشعل=Mishal مطلق=Mutlaq منصف=Moncef نجلاء=Naglaa
ريم=Reem لينا=Lina هالة=Hala منى=Mona نادية=Nadia سهير=Soheir سلوى=Salwa سلمى=Salma هدى=Huda نور=Nour نورة=Noura
أمل=Amal إيمان=Iman رشا=Rasha دينا=Dina داليا=Dalia ياسمين=Yasmine شيماء=Shaimaa نهى=Noha هند=Hind سعاد=Souad
سميرة=Samira أميرة=Amira جميلة=Jamila خديجة=Khadija زينب=Zeinab رحاب=Rehab غادة=Ghada عبير=Abeer لبنى=Lubna
مها=Maha نسرين=Nesrine هبة=Heba وفاء=Wafaa سناء=Sanaa رنا=Rana ندى=Nada نجوى=Najwa منال=Manal حنان=Hanan
ابتسام=Ibtissam أسماء=Asmaa بسمة=Basma حياة=Hayat دعاء=Doaa روان=Rawan شهد=Shahad لمياء=Lamia مريم=Maryam
ناتالي=Natalie كينت=Kent كلارا=Clara براد=Brad
إدريس=Idris عامر=Amer نواف=Nawaf مشاري=Mishari بدر=Bader عبدالمحسن=Abdulmohsen راكان=Rakan متعب=Mutaib حمدان=Hamdan
هزاع=Hazza عبدالرزاق=Abdelrazek عبدالسلام=Abdessalam عبدالقادر=Abdelkader مهدي=Mahdi يونس=Younes أنيس=Anis حميد=Hamid
رضوان=Redouane عزالدين=Azzedine نورالدين=Noureddine جلال=Jalal شكيب=Chakib زهير=Zouhair مولاي=Moulay طلعت=Talaat رأفت=Raafat
فتحي=Fathy عاصم=Assem معتز=Moataz ممدوح=Mamdouh فارس=Fares حسني=Hosni
جود=Joud لجين=Loujain ريما=Reema نوف=Nouf هيفاء=Haifa أسيل=Aseel رهف=Rahaf لطيفة=Latifa إيناس=Inas كوثر=Kawtar فدوى=Fadwa
نزهة=Nezha غزلان=Ghizlane
آرثر=Arthur كريستوف=Christophe فاديم=Vadim أوليغ=Oleg يوري=Yuri أليكسي=Alexei أندريه=Andrei ميخائيل=Mikhail نيكولاي=Nikolai
بافل=Pavel إيفان=Ivan فيكتور=Victor هيروشي=Hiroshi تاكيشي=Takeshi كينجي=Kenji أكيرا=Akira راجيف=Rajiv أميت=Amit أنيل=Anil
سونيل=Sunil فيجاي=Vijay بريا=Priya ديباك=Deepak هانز=Hans كلاوس=Klaus فولفغانغ=Wolfgang ماركوس=Markus يورغن=Juergen لارس=Lars
داريو=Dario سيرجيو=Sergio فرناندو=Fernando رافائيل=Rafael غابرييل=Gabriel كريستالينا=Kristalina كاثي=Cathie شون=Sean
ريان=Ryan إيان=Ian إدوارد=Edward فرانك=Frank غريغ=Greg أليكس=Alex أوليفر=Oliver تشارلز=Charles روبرتو=Roberto ماسيمو=Massimo
سيباستيان=Sebastian
هندريك=Hendrik يوخن=Jochen يورغ=Joerg يوهان=Johan مارتن=Martin كلاوديو=Claudio جوليان=Julian جوليا=Julia إيفا=Eva
ماريا=Maria كارل=Karl أنطوان=Antoine إيلي=Elie شارل=Charles ماتياس=Mathias فيليب=Philippe هيروكي=Hiroki تاكاشي=Takashi
هاكان=Hakan نوفل=Nofal يرلان=Yerlan حيدر=Haider هيام=Hiyam عمار=Ammar زكي=Zaki بشير=Bashir مصعب=Musab أيوب=Ayoub عزام=Azzam
عبدالحكيم=Abdel-Hakim عبدالعال=Abdel-Aal جيهان=Jihan نيفين=Nevine ماجدة=Magda نبيلة=Nabila سهى=Suha تغريد=Taghrid
ديما=Dima ريتا=Rita كارين=Karen ساندرا=Sandra مونيكا=Monica باتريسيا=Patricia ناتاليا=Natalia إيلينا=Elena تاتيانا=Tatiana
أولغا=Olga إيرينا=Irina سفيتلانا=Svetlana صوفيا=Sofia
سامر=Samer مازن=Mazen بسام=Bassam سليم=Salim رامز=Ramez وسيم=Wassim كنان=Kinan أيهم=Ayham قصي=Qusai عدي=Uday
زاهر=Zaher بهاء=Bahaa حسان=Hassan راني=Rani شكري=Shukri صفوان=Safwan لطفي=Lotfi محيي=Mohie معتصم=Moatasem منذر=Monther
يزن=Yazan عفاف=Afaf نرمين=Nermine نادين=Nadine رغد=Raghad سوسن=Sawsan إلهام=Ilham رزان=Razan
`;

/** Arabic given name → English (as written; the matcher normalises). */
export const GIVEN_NAMES: [string, string][] = PAIRS.split(/\s+/).filter(Boolean).map((p) => p.split('=') as [string, string]);
