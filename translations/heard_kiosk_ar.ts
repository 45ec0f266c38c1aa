<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>heard::AdultSetup</name>
    <message>
        <source>Adult mode</source>
        <translation type="unfinished">وضع الشخص البالغ</translation>
    </message>
    <message>
        <source>Set up the survey for the next child</source>
        <translation type="unfinished">إعداد الاستبيان للطفل التالي</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation type="unfinished">الجلسة الأخيرة</translation>
    </message>
    <message>
        <source>What happened when the tablet was handed back</source>
        <translation type="unfinished">ما حدث عند إعادة الجهاز</translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished">هذا الجهاز</translation>
    </message>
    <message>
        <source>Device status; never shows any answer</source>
        <translation type="unfinished">حالة الجهاز؛ لا تُظهر أي إجابة أبدًا</translation>
    </message>
    <message>
        <source>Device status</source>
        <translation type="unfinished">حالة الجهاز</translation>
    </message>
    <message>
        <source>Answers waiting to upload, enrolment and notices</source>
        <translation type="unfinished">الإجابات التي تنتظر الرفع، والتسجيل، والإشعارات</translation>
    </message>
    <message>
        <source>Next child</source>
        <translation type="unfinished">الطفل التالي</translation>
    </message>
    <message>
        <source>Choices for the next child&apos;s survey</source>
        <translation type="unfinished">خيارات استبيان الطفل التالي</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished">استبيان</translation>
    </message>
    <message>
        <source>Choose the survey for the child&apos;s age</source>
        <translation type="unfinished">اختر الاستبيان المناسب لعمر الطفل</translation>
    </message>
    <message>
        <source>Ages %1: %2</source>
        <translation type="unfinished">الأعمار %1: %2</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">اللغة</translation>
    </message>
    <message>
        <source>The languages this survey is written in</source>
        <translation type="unfinished">اللغات التي كُتب بها هذا الاستبيان</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation type="unfinished">القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Off, on when the child taps a speaker, or reading everything aloud</source>
        <translation type="unfinished">متوقفة، أو تعمل عندما يلمس الطفل رمز السماعة، أو قراءة كل شيء بصوت عالٍ</translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished">متوقفة</translation>
    </message>
    <message>
        <source>On: tap a speaker to listen</source>
        <translation type="unfinished">تعمل: المس رمز السماعة للاستماع</translation>
    </message>
    <message>
        <source>Read everything aloud</source>
        <translation type="unfinished">قراءة كل شيء بصوت عالٍ</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">حجم النص</translation>
    </message>
    <message>
        <source>Bigger text and buttons</source>
        <translation type="unfinished">نص وأزرار أكبر</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">تباين عالٍ</translation>
    </message>
    <message>
        <source>Yellow and white on black</source>
        <translation type="unfinished">أصفر وأبيض على أسود</translation>
    </message>
    <message>
        <source>Single-switch scanning</source>
        <translation type="unfinished">المسح بمفتاح واحد</translation>
    </message>
    <message>
        <source>Highlights each button in turn; Enter or the switch chooses</source>
        <translation type="unfinished">يُبرز كل زر بالتناوب؛ ويتم الاختيار بزر Enter أو بالمفتاح</translation>
    </message>
    <message>
        <source>Scanning pace</source>
        <translation type="unfinished">سرعة المسح</translation>
    </message>
    <message>
        <source>Milliseconds each button stays highlighted</source>
        <translation type="unfinished">المدة بالمللي ثانية التي يبقى فيها كل زر مُبرَزًا</translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"> مللي ثانية</translation>
    </message>
    <message>
        <source>How the survey is done</source>
        <translation type="unfinished">طريقة إجراء الاستبيان</translation>
    </message>
    <message>
        <source>Recorded with the answers so reports can tell modes apart</source>
        <translation type="unfinished">يُسجَّل مع الإجابات لكي تميّز التقارير بين الطرق</translation>
    </message>
    <message>
        <source>Child on their own</source>
        <translation type="unfinished">الطفل وحده</translation>
    </message>
    <message>
        <source>Child with help</source>
        <translation type="unfinished">الطفل بمساعدة</translation>
    </message>
    <message>
        <source>Adult reads aloud</source>
        <translation type="unfinished">شخص بالغ يقرأ بصوت عالٍ</translation>
    </message>
    <message>
        <source>I have told the child what this survey is for, that it is their choice, and that I will not see their answers.</source>
        <translation type="unfinished">أخبرتُ الطفل بالغرض من هذا الاستبيان، وأن المشاركة باختياره، وأنني لن أرى إجاباته.</translation>
    </message>
    <message>
        <source>Child has been told</source>
        <translation type="unfinished">تم إخبار الطفل</translation>
    </message>
    <message>
        <source>Needed before handing over</source>
        <translation type="unfinished">مطلوب قبل تسليم الجهاز</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished">طريقة الإكمال</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation type="unfinished">إغلاق الكشك</translation>
    </message>
    <message>
        <source>Leave the kiosk app</source>
        <translation type="unfinished">الخروج من تطبيق الكشك</translation>
    </message>
    <message>
        <source>Hand over to the child</source>
        <translation type="unfinished">تسليم الجهاز إلى الطفل</translation>
    </message>
    <message>
        <source>Starts the survey for the child</source>
        <translation type="unfinished">يبدأ الاستبيان للطفل</translation>
    </message>
</context>
<context>
    <name>heard::AudioPlayer</name>
    <message>
        <source>Speech could not be made in time</source>
        <translation type="unfinished">تعذّر إنشاء الكلام في الوقت المناسب</translation>
    </message>
    <message>
        <source>Audio unavailable: no sound device</source>
        <translation type="unfinished">الصوت غير متاح: لا يوجد جهاز صوت</translation>
    </message>
    <message>
        <source>Audio unavailable: no recording and no speech synthesiser</source>
        <translation type="unfinished">الصوت غير متاح: لا يوجد تسجيل ولا مُركِّب كلام</translation>
    </message>
    <message>
        <source>Audio unavailable: speech could not be made for this language</source>
        <translation type="unfinished">الصوت غير متاح: تعذّر إنشاء الكلام لهذه اللغة</translation>
    </message>
    <message>
        <source>Audio unavailable: the speech synthesiser did not start</source>
        <translation type="unfinished">الصوت غير متاح: لم يبدأ مُركِّب الكلام</translation>
    </message>
    <message>
        <source>Audio unavailable: playback failed</source>
        <translation type="unfinished">الصوت غير متاح: فشل التشغيل</translation>
    </message>
</context>
<context>
    <name>heard::ChildFlow</name>
    <message>
        <source>Survey</source>
        <translation type="unfinished">استبيان</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">سؤال</translation>
    </message>
    <message>
        <source>One question</source>
        <translation type="unfinished">سؤال واحد</translation>
    </message>
    <message>
        <source>This answer could not be saved (%1). Earlier answers are safe. Free some space or check the device, then try again, or stop.</source>
        <translation type="unfinished">تعذّر حفظ هذه الإجابة (%1). الإجابات السابقة محفوظة بأمان. أفرِغ بعض المساحة أو افحص الجهاز، ثم حاول مرة أخرى، أو توقف.</translation>
    </message>
    <message>
        <source>The end of the session could not be saved (%1). The answers given are kept.</source>
        <translation type="unfinished">تعذّر حفظ نهاية الجلسة (%1). الإجابات المُعطاة محفوظة.</translation>
    </message>
    <message>
        <source>The child asked for their answers to be deleted, but they could not be deleted (%1). Try again from the child&apos;s screen.</source>
        <translation type="unfinished">طلب الطفل حذف إجاباته، لكن تعذّر حذفها (%1). حاول مرة أخرى من شاشة الطفل.</translation>
    </message>
</context>
<context>
    <name>heard::ChoiceGridView</name>
    <message>
        <source>Choose as many as fit, then Next</source>
        <translation type="unfinished">اختر كل ما يناسبك، ثم التالي</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">إجابة</translation>
    </message>
</context>
<context>
    <name>heard::CornerHotspot</name>
    <message>
        <source>Adult access</source>
        <translation type="unfinished">دخول الشخص البالغ</translation>
    </message>
    <message>
        <source>Hold for a few seconds to ask for the adult PIN</source>
        <translation type="unfinished">اضغط مطولًا لبضع ثوانٍ لطلب رمز PIN الخاص بالشخص البالغ</translation>
    </message>
</context>
<context>
    <name>heard::EndScreen</name>
    <message>
        <source>Your answers have been deleted. Nobody will see them.</source>
        <translation type="unfinished">حُذفت إجاباتك. لن يراها أحد.</translation>
    </message>
    <message>
        <source>Thank you for your time.</source>
        <translation type="unfinished">شكرًا لك على وقتك.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished">شكرًا لك!</translation>
    </message>
    <message>
        <source>If you want to talk to someone, you can call Childline free on 0800 1111, day or night.</source>
        <translation type="unfinished">إذا أردت التحدث مع شخص ما، يمكنك الاتصال بخط Childline مجانًا على 0800 1111، ليلًا أو نهارًا.</translation>
    </message>
    <message>
        <source>Your advocate: %1</source>
        <translation type="unfinished">المدافع عنك: %1</translation>
    </message>
    <message>
        <source>Last time, children told us what they think, and this happened: %1</source>
        <translation type="unfinished">في المرة الماضية، أخبرنا الأطفال بما يفكرون فيه، وهذا ما حدث: %1</translation>
    </message>
    <message>
        <source>Give the tablet back to the grown-up</source>
        <translation type="unfinished">أعد الجهاز إلى الشخص البالغ</translation>
    </message>
    <message>
        <source>Finish and hand back</source>
        <translation type="unfinished">أنهِ وأعد الجهاز</translation>
    </message>
</context>
<context>
    <name>heard::FreeTextView</name>
    <message>
        <source>Reminder</source>
        <translation type="unfinished">تذكير</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation type="unfinished">كلماتك</translation>
    </message>
    <message>
        <source>Optional. You can leave it blank.</source>
        <translation type="unfinished">اختياري. يمكنك تركه فارغًا.</translation>
    </message>
</context>
<context>
    <name>heard::InfoView</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished">صورة</translation>
    </message>
    <message>
        <source>Your advocate: %1</source>
        <translation type="unfinished">المدافع عنك: %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished">معلومات</translation>
    </message>
    <message>
        <source>this page</source>
        <translation type="unfinished">هذه الصفحة</translation>
    </message>
</context>
<context>
    <name>heard::KioskWindow</name>
    <message>
        <source>Heard</source>
        <translation type="unfinished">Heard</translation>
    </message>
    <message>
        <source>Survey kiosk</source>
        <translation type="unfinished">كشك الاستبيان</translation>
    </message>
    <message>
        <source>Thank you! Please give the tablet back to the grown-up.</source>
        <translation type="unfinished">شكرًا لك! من فضلك أعد الجهاز إلى الشخص البالغ.</translation>
    </message>
    <message>
        <source>Hand-back screen</source>
        <translation type="unfinished">شاشة الإعادة</translation>
    </message>
    <message>
        <source>Grown-up: enter PIN</source>
        <translation type="unfinished">للشخص البالغ: أدخل رمز PIN</translation>
    </message>
    <message>
        <source>Opens adult mode with the adult PIN</source>
        <translation type="unfinished">يفتح وضع الشخص البالغ برمز PIN الخاص بالشخص البالغ</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished">صورة</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished">شكرًا</translation>
    </message>
    <message>
        <source>Answers waiting to upload: %1</source>
        <translation type="unfinished">الإجابات التي تنتظر الرفع: %1</translation>
    </message>
    <message>
        <source>Answers waiting to upload: unknown (%1)</source>
        <translation type="unfinished">الإجابات التي تنتظر الرفع: غير معروف (%1)</translation>
    </message>
    <message>
        <source>Last successful upload: never</source>
        <translation type="unfinished">آخر رفع ناجح: لم يحدث قط</translation>
    </message>
    <message>
        <source>Enrolment: not enrolled</source>
        <translation type="unfinished">التسجيل: غير مسجَّل</translation>
    </message>
    <message>
        <source>Notice: %1</source>
        <translation type="unfinished">إشعار: %1</translation>
    </message>
    <message>
        <source>A child is using the survey. Unlocking ends their session; what they answered is kept.</source>
        <translation type="unfinished">يستخدم طفل الاستبيان الآن. فتح القفل يُنهي جلسته؛ وما أجاب عنه يبقى محفوظًا.</translation>
    </message>
    <message>
        <source>Storage problem: %1</source>
        <translation type="unfinished">مشكلة في التخزين: %1</translation>
    </message>
    <message>
        <source>The survey could not start: %1</source>
        <translation type="unfinished">تعذّر بدء الاستبيان: %1</translation>
    </message>
    <message>
        <source>The last child finished the survey.</source>
        <translation type="unfinished">أنهى الطفل الأخير الاستبيان.</translation>
    </message>
    <message>
        <source>The last child stopped before the end. What they answered is kept.</source>
        <translation type="unfinished">توقف الطفل الأخير قبل النهاية. ما أجاب عنه محفوظ.</translation>
    </message>
    <message>
        <source>The last session ended after nobody touched the screen for a while. What was answered is kept.</source>
        <translation type="unfinished">انتهت الجلسة الأخيرة بعد أن لم يلمس أحد الشاشة لفترة. ما تمت الإجابة عنه محفوظ.</translation>
    </message>
    <message>
        <source>The child asked to talk to someone. Please make time to talk with them.</source>
        <translation type="unfinished">طلب الطفل التحدث مع شخص ما. من فضلك خصّص وقتًا للتحدث معه.</translation>
    </message>
    <message>
        <source>Thank you! Please give the tablet back to the grown-up. They will know you want to talk.</source>
        <translation type="unfinished">شكرًا لك! من فضلك أعد الجهاز إلى الشخص البالغ. سيعرف أنك تريد التحدث.</translation>
    </message>
    <message>
        <source>The last child chose not to keep their answers: everything they answered has been deleted from this tablet.</source>
        <translation type="unfinished">اختار الطفل الأخير عدم الاحتفاظ بإجاباته: حُذف كل ما أجاب عنه من هذا الجهاز.</translation>
    </message>
    <message>
        <source>Last successful upload: %1</source>
        <translation type="unfinished">آخر رفع ناجح: %1</translation>
    </message>
    <message>
        <source>Enrolment: enrolled with %1</source>
        <translation type="unfinished">التسجيل: مسجَّل لدى %1</translation>
    </message>
    <message>
        <source>Upload problem: %1</source>
        <translation type="unfinished">مشكلة في الرفع: %1</translation>
    </message>
    <message>
        <source>Answers the inbox refused, kept on this device: %1. Tell the LA; they can be exported with heard-device export.</source>
        <translation type="unfinished">إجابات رفضها صندوق الوارد، محفوظة على هذا الجهاز: %1. أخبر السلطة المحلية؛ يمكن تصديرها باستخدام heard-device export.</translation>
    </message>
</context>
<context>
    <name>heard::LaMessageDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">حسنًا</translation>
    </message>
    <message>
        <source>Go on to the questions</source>
        <translation type="unfinished">تابع إلى الأسئلة</translation>
    </message>
    <message>
        <source>Last time, children told us what they think. This is what happened:</source>
        <translation type="unfinished">في المرة الماضية، أخبرنا الأطفال بما يفكرون فيه. هذا ما حدث:</translation>
    </message>
</context>
<context>
    <name>heard::LadderView</name>
    <message>
        <source>%1 out of 10</source>
        <translation type="unfinished">%1 من 10</translation>
    </message>
    <message>
        <source>What the end of the scale means</source>
        <translation type="unfinished">ماذا يعني طرف المقياس</translation>
    </message>
</context>
<context>
    <name>heard::MessagePage</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished">صورة</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">رسالة</translation>
    </message>
    <message>
        <source>this page</source>
        <translation type="unfinished">هذه الصفحة</translation>
    </message>
</context>
<context>
    <name>heard::PauseDialog</name>
    <message>
        <source>Carry on</source>
        <translation type="unfinished">تابع</translation>
    </message>
    <message>
        <source>Show the question again</source>
        <translation type="unfinished">أظهر السؤال مرة أخرى</translation>
    </message>
    <message>
        <source>Paused. Take your time.</source>
        <translation type="unfinished">متوقف مؤقتًا. خذ وقتك.</translation>
    </message>
</context>
<context>
    <name>heard::PictureWords</name>
    <message>
        <source>A sheet of answers torn up and going into a bin</source>
        <translation type="unfinished">ورقة إجابات ممزقة تذهب إلى سلة المهملات</translation>
    </message>
    <message>
        <source>A sheet of answers kept safe in a box</source>
        <translation type="unfinished">ورقة إجابات محفوظة بأمان في صندوق</translation>
    </message>
    <message>
        <source>A carry on sign and a stop sign</source>
        <translation type="unfinished">علامة استمر وعلامة توقف</translation>
    </message>
    <message>
        <source>A heart that says thank you</source>
        <translation type="unfinished">قلب يقول شكرًا</translation>
    </message>
    <message>
        <source>People talking</source>
        <translation type="unfinished">أشخاص يتحدثون</translation>
    </message>
    <message>
        <source>A picture to go with the words</source>
        <translation type="unfinished">صورة ترافق الكلمات</translation>
    </message>
</context>
<context>
    <name>heard::PinPrompt</name>
    <message>
        <source>Adult PIN</source>
        <translation type="unfinished">رمز PIN للشخص البالغ</translation>
    </message>
    <message>
        <source>Digits only</source>
        <translation type="unfinished">أرقام فقط</translation>
    </message>
    <message>
        <source>Adult PIN again</source>
        <translation type="unfinished">رمز PIN للشخص البالغ مرة أخرى</translation>
    </message>
    <message>
        <source>Type the same PIN again</source>
        <translation type="unfinished">اكتب رمز PIN نفسه مرة أخرى</translation>
    </message>
    <message>
        <source>Back to the child&apos;s screen</source>
        <translation type="unfinished">العودة إلى شاشة الطفل</translation>
    </message>
    <message>
        <source>Leave without unlocking</source>
        <translation type="unfinished">المغادرة دون فتح القفل</translation>
    </message>
    <message>
        <source>Adult PIN screen</source>
        <translation type="unfinished">شاشة رمز PIN للشخص البالغ</translation>
    </message>
    <message>
        <source>Information for the grown-up</source>
        <translation type="unfinished">معلومات للشخص البالغ</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">رمز PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished">رمز PIN مرة أخرى</translation>
    </message>
    <message>
        <source>Set the adult PIN</source>
        <translation type="unfinished">تعيين رمز PIN للشخص البالغ</translation>
    </message>
    <message>
        <source>Grown-up: enter the adult PIN</source>
        <translation type="unfinished">للشخص البالغ: أدخل رمز PIN الخاص بالشخص البالغ</translation>
    </message>
    <message>
        <source>This PIN opens adult mode and unlocks the kiosk. Use at least %1 digits and keep it away from children.</source>
        <translation type="unfinished">يفتح رمز PIN هذا وضع الشخص البالغ ويفتح قفل الكشك. استخدم %1 أرقام على الأقل واحفظه بعيدًا عن الأطفال.</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished">تعيين رمز PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">فتح القفل</translation>
    </message>
    <message>
        <source>Save this PIN</source>
        <translation type="unfinished">حفظ رمز PIN هذا</translation>
    </message>
    <message>
        <source>Open adult mode</source>
        <translation type="unfinished">فتح وضع الشخص البالغ</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Try again.</source>
        <translation type="unfinished">رمزا PIN غير متطابقين. حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>heard::ProgressRow</name>
    <message>
        <source>How far you have got</source>
        <translation type="unfinished">إلى أين وصلت</translation>
    </message>
    <message>
        <source>Screen %1 of about %2</source>
        <translation type="unfinished">الشاشة %1 من حوالي %2</translation>
    </message>
</context>
<context>
    <name>heard::QuestionView</name>
    <message>
        <source>Picture for the question</source>
        <translation type="unfinished">صورة للسؤال</translation>
    </message>
    <message>
        <source>The question</source>
        <translation type="unfinished">السؤال</translation>
    </message>
    <message>
        <source>Help with the question</source>
        <translation type="unfinished">مساعدة في السؤال</translation>
    </message>
    <message>
        <source>the question</source>
        <translation type="unfinished">السؤال</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation type="unfinished">لا أعرف</translation>
    </message>
    <message>
        <source>Choose this if you are not sure</source>
        <translation type="unfinished">اختر هذا إذا لم تكن متأكدًا</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <translation type="unfinished">أفضّل ألا أقول</translation>
    </message>
    <message>
        <source>Choose this if you don&apos;t want to answer</source>
        <translation type="unfinished">اختر هذا إذا كنت لا تريد الإجابة</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished">تخطَّ</translation>
    </message>
    <message>
        <source>Go to the next question without answering</source>
        <translation type="unfinished">انتقل إلى السؤال التالي دون إجابة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">رجوع</translation>
    </message>
    <message>
        <source>Go back to change an answer</source>
        <translation type="unfinished">ارجع لتغيير إجابة</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">حسنًا</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">التالي</translation>
    </message>
    <message>
        <source>I understand, carry on</source>
        <translation type="unfinished">فهمت، تابع</translation>
    </message>
    <message>
        <source>Go to the next screen</source>
        <translation type="unfinished">انتقل إلى الشاشة التالية</translation>
    </message>
</context>
<context>
    <name>heard::SessionBar</name>
    <message>
        <source>I want to talk to someone</source>
        <translation type="unfinished">أريد أن أتحدث مع شخص ما</translation>
    </message>
    <message>
        <source>Tells the grown-up you want to talk, without showing any answer</source>
        <translation type="unfinished">يخبر الشخص البالغ أنك تريد التحدث، دون إظهار أي إجابة</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Hides the question until you carry on</source>
        <translation type="unfinished">يخفي السؤال حتى تتابع</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished">توقف</translation>
    </message>
    <message>
        <source>Stop the survey; your answers so far are kept</source>
        <translation type="unfinished">أوقف الاستبيان؛ إجاباتك حتى الآن محفوظة</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished">الصوت</translation>
    </message>
    <message>
        <source>Sound is not working on this tablet</source>
        <translation type="unfinished">الصوت لا يعمل على هذا الجهاز</translation>
    </message>
    <message>
        <source>The grown-up will know you want to talk</source>
        <translation type="unfinished">سيعرف الشخص البالغ أنك تريد التحدث</translation>
    </message>
    <message>
        <source>Sound is not working on this tablet. You can read the words.</source>
        <translation type="unfinished">الصوت لا يعمل على هذا الجهاز. يمكنك قراءة الكلمات.</translation>
    </message>
</context>
<context>
    <name>heard::SpeakerButton</name>
    <message>
        <source>Listen: %1</source>
        <translation type="unfinished">استمع: %1</translation>
    </message>
    <message>
        <source>Reads this aloud</source>
        <translation type="unfinished">يقرأ هذا بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>heard::StillThereDialog</name>
    <message>
        <source>Yes, I&apos;m here</source>
        <translation type="unfinished">نعم، أنا هنا</translation>
    </message>
    <message>
        <source>Carry on with the survey</source>
        <translation type="unfinished">تابع الاستبيان</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">هل ما زلت هنا؟</translation>
    </message>
</context>
<context>
    <name>heard::StopDialog</name>
    <message>
        <source>Keep my answers</source>
        <translation type="unfinished">احتفظوا بإجاباتي</translation>
    </message>
    <message>
        <source>Stop now; the answers you gave are kept</source>
        <translation type="unfinished">توقف الآن؛ سنحتفظ بالإجابات التي أعطيتها</translation>
    </message>
    <message>
        <source>Don&apos;t keep my answers</source>
        <translation type="unfinished">لا تحتفظوا بإجاباتي</translation>
    </message>
    <message>
        <source>Stop now and delete every answer you gave today</source>
        <translation type="unfinished">توقف الآن واحذف كل إجابة أعطيتها اليوم</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished">تابع</translation>
    </message>
    <message>
        <source>Go back to the question</source>
        <translation type="unfinished">ارجع إلى السؤال</translation>
    </message>
    <message>
        <source>Do you want to stop? That is fine.

You choose: we can keep the answers you gave, or not keep them.</source>
        <translation type="unfinished">هل تريد أن تتوقف؟ لا بأس بذلك.

أنت تختار: يمكننا أن نحتفظ بالإجابات التي أعطيتها، أو لا نحتفظ بها.</translation>
    </message>
</context>
<context>
    <name>heard::StorageProblemPage</name>
    <message>
        <source>Please hand the tablet back to the grown-up.</source>
        <translation type="unfinished">من فضلك أعد الجهاز إلى الشخص البالغ.</translation>
    </message>
    <message>
        <source>Message for you</source>
        <translation type="unfinished">رسالة لك</translation>
    </message>
    <message>
        <source>For the grown-up: </source>
        <translation type="unfinished">للشخص البالغ: </translation>
    </message>
    <message>
        <source>Message for the grown-up</source>
        <translation type="unfinished">رسالة للشخص البالغ</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Stop the survey</source>
        <translation type="unfinished">إيقاف الاستبيان</translation>
    </message>
    <message>
        <source>For the grown-up</source>
        <translation type="unfinished">للشخص البالغ</translation>
    </message>
</context>
<context>
    <name>heard::TalkDialog</name>
    <message>
        <source>Carry on</source>
        <translation type="unfinished">تابع</translation>
    </message>
    <message>
        <source>Go back to the question</source>
        <translation type="unfinished">ارجع إلى السؤال</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation type="unfinished">توقف الآن</translation>
    </message>
    <message>
        <source>Choose whether your answers are kept, then stop</source>
        <translation type="unfinished">اختر هل نحتفظ بإجاباتك، ثم توقف</translation>
    </message>
    <message>
        <source>Thank you for telling us. When you give the tablet back, the grown-up will know you want to talk to someone. They will not see your answers.

Do you want to carry on, or stop now?</source>
        <translation type="unfinished">شكرًا لإخبارنا. عندما تعيد الجهاز، سيعرف الشخص البالغ أنك تريد التحدث مع شخص ما. لن يرى إجاباتك.

هل تريد المتابعة أم التوقف الآن؟</translation>
    </message>
</context>
<context>
    <name>heard::WithdrawDialog</name>
    <message>
        <source>Yes, delete my answers</source>
        <translation type="unfinished">نعم، احذفوا إجاباتي</translation>
    </message>
    <message>
        <source>Delete every answer you gave today and stop</source>
        <translation type="unfinished">احذف كل إجابة أعطيتها اليوم وتوقف</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation type="unfinished">لا، ارجع</translation>
    </message>
    <message>
        <source>Go back to the choice</source>
        <translation type="unfinished">ارجع إلى الاختيار</translation>
    </message>
    <message>
        <source>If you don&apos;t want us to keep your answers, we will delete all the answers you gave today. Nobody will see them, not even the grown-up. You will not get into trouble.

Do you want us to delete your answers?</source>
        <translation type="unfinished">إذا كنت لا تريدنا أن نحتفظ بإجاباتك، فسنحذف كل الإجابات التي أعطيتها اليوم. لن يراها أحد، ولا حتى الشخص البالغ. لن تقع في أي مشكلة.

هل تريدنا أن نحذف إجاباتك؟</translation>
    </message>
</context>
<context>
    <name>heard::WithdrawProblemDialog</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished">حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Try again to delete your answers</source>
        <translation type="unfinished">حاول مرة أخرى حذف إجاباتك</translation>
    </message>
    <message>
        <source>Your answers are not deleted yet. Please ask the grown-up to help, then try again.</source>
        <translation type="unfinished">لم تُحذف إجاباتك بعد. اطلب المساعدة من الشخص البالغ، ثم حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>heard::YesNoView</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">لا</translation>
    </message>
</context>
</TS>
