"""Hard segmentation cases, per language: (paragraph, the exact sentences expected)."""

EN = [
    (
        "Mr. Smith went to Washington. He arrived on Monday.",
        ["Mr. Smith went to Washington.", "He arrived on Monday."],
    ),
    (
        "Dr. Jane Doe, Ph.D., spoke first. The audience listened.",
        ["Dr. Jane Doe, Ph.D., spoke first.", "The audience listened."],
    ),
    (
        "The U.S. economy grew 3.5% in 2023. Exports rose.",
        ["The U.S. economy grew 3.5% in 2023.", "Exports rose."],
    ),
    ("He moved to the U.S. He never came back.", ["He moved to the U.S.", "He never came back."]),
    ("See No. 5 on the list. It is marked.", ["See No. 5 on the list.", "It is marked."]),
    (
        "The 18th CPC National Congress was held in 2012. It elected a new leadership.",
        ["The 18th CPC National Congress was held in 2012.", "It elected a new leadership."],
    ),
    (
        "Prices rose by 3.5 per cent. Wages fell by 1.2 per cent.",
        ["Prices rose by 3.5 per cent.", "Wages fell by 1.2 per cent."],
    ),
    ("Wait... What happened?", ["Wait...", "What happened?"]),
    ("He paused... and then continued.", ["He paused... and then continued."]),
    ('She said, "We are leaving." Then she left.', ['She said, "We are leaving."', "Then she left."]),
    ('"Stop!" he shouted.', ['"Stop!" he shouted.']),
    ("(This was expected.) The results followed.", ["(This was expected.)", "The results followed."]),
    ("J. R. R. Tolkien wrote novels. They sold well.", ["J. R. R. Tolkien wrote novels.", "They sold well."]),
    (
        "It was held on Dec. 27 in Beijing. Xi Jinping attended.",
        ["It was held on Dec. 27 in Beijing.", "Xi Jinping attended."],
    ),
    (
        "They bought apples, pears, etc. Then they went home.",
        ["They bought apples, pears, etc.", "Then they went home."],
    ),
    ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
    ("The meeting was held at 10 a.m. in the hall.", ["The meeting was held at 10 a.m. in the hall."]),
    ("He works for Acme Inc. The firm is large.", ["He works for Acme Inc.", "The firm is large."]),
    (
        "The report (see Fig. 3) shows growth. It is clear.",
        ["The report (see Fig. 3) shows growth.", "It is clear."],
    ),
    (
        "The results, i.e. the numbers, were good. Everyone agreed.",
        ["The results, i.e. the numbers, were good.", "Everyone agreed."],
    ),
    (
        "Visit fmprc.gov.cn for details. The site is official.",
        ["Visit fmprc.gov.cn for details.", "The site is official."],
    ),
    (
        "The vote was 7 vs. 3 in favour. The motion passed.",
        ["The vote was 7 vs. 3 in favour.", "The motion passed."],
    ),
    ("He said: ‘It is over.’ Nobody answered.", ["He said: ‘It is over.’", "Nobody answered."]),
    ("The session ended at 3 p.m. The hall emptied.", ["The session ended at 3 p.m.", "The hall emptied."]),
    (
        "Approx. 200 people attended. Most were delegates.",
        ["Approx. 200 people attended.", "Most were delegates."],
    ),
    ("What?! No way.", ["What?!", "No way."]),
    (
        "The U.N. Security Council met. It adopted a resolution.",
        ["The U.N. Security Council met.", "It adopted a resolution."],
    ),
    ("Firstly, we agree; secondly, we act.", ["Firstly, we agree; secondly, we act."]),
    ("John F. Kennedy spoke. Crowds cheered.", ["John F. Kennedy spoke.", "Crowds cheered."]),
    ("I met Bob. Dr. Smith came later.", ["I met Bob.", "Dr. Smith came later."]),
]

RU = [
    (
        "В. В. Путин прибыл в Пекин. Визит продлится два дня.",
        ["В. В. Путин прибыл в Пекин.", "Визит продлится два дня."],
    ),
    (
        "Совещание прошло 27–28 декабря 2023 г. в Пекине. В нём участвовал Си Цзиньпин.",
        ["Совещание прошло 27–28 декабря 2023 г. в Пекине.", "В нём участвовал Си Цзиньпин."],
    ),
    (
        "Это случилось в 2023 г. Затем начался новый этап.",
        ["Это случилось в 2023 г.", "Затем начался новый этап."],
    ),
    ("Он живёт в г. Москва уже давно. Ему нравится.", ["Он живёт в г. Москва уже давно.", "Ему нравится."]),
    (
        "Обсуждали экономику, политику и т. д. Затем выступил министр.",
        ["Обсуждали экономику, политику и т. д.", "Затем выступил министр."],
    ),
    ("Т. е. это было важно. Все согласились.", ["Т. е. это было важно.", "Все согласились."]),
    ("Рост составил 3,5%. Это рекорд.", ["Рост составил 3,5%.", "Это рекорд."]),
    (
        "XVIII съезд КПК прошёл в 2012 г. Он избрал новое руководство.",
        ["XVIII съезд КПК прошёл в 2012 г.", "Он избрал новое руководство."],
    ),
    ("«Мы уходим», — сказал он. Все замолчали.", ["«Мы уходим», — сказал он.", "Все замолчали."]),
    ("Он спросил: «Вы готовы?» Ответа не было.", ["Он спросил: «Вы готовы?»", "Ответа не было."]),
    ("— Да, — ответил он. — Мы готовы.", ["— Да, — ответил он.", "— Мы готовы."]),
    ("См. стр. 5 доклада. Там всё сказано.", ["См. стр. 5 доклада.", "Там всё сказано."]),
    (
        "Во-первых, мы согласны; во-вторых, мы действуем.",
        ["Во-первых, мы согласны; во-вторых, мы действуем."],
    ),
    ("Он сказал... Нет, он промолчал.", ["Он сказал...", "Нет, он промолчал."]),
    ("Он замолчал... и ушёл.", ["Он замолчал... и ушёл."]),
    (
        "Проф. Иванов выступил с докладом. Его выслушали.",
        ["Проф. Иванов выступил с докладом.", "Его выслушали."],
    ),
    ("Население — 1,4 млрд человек. Это много.", ["Население — 1,4 млрд человек.", "Это много."]),
    (
        "Цена выросла на 10 тыс. руб. в месяц. Покупатели недовольны.",
        ["Цена выросла на 10 тыс. руб. в месяц.", "Покупатели недовольны."],
    ),
    ("Документ № 5 был принят. Его опубликовали.", ["Документ № 5 был принят.", "Его опубликовали."]),
    (
        "Присутствовали послы и др. Заседание закрылось.",
        ["Присутствовали послы и др.", "Заседание закрылось."],
    ),
    ("Это произошло в XX в. Тогда мир изменился.", ["Это произошло в XX в.", "Тогда мир изменился."]),
    ("Правда ли это? Да! Это правда.", ["Правда ли это?", "Да!", "Это правда."]),
    (
        "Доклад (см. рис. 3) показал рост. Все довольны.",
        ["Доклад (см. рис. 3) показал рост.", "Все довольны."],
    ),
    (
        "Н. С. Хрущёв и Л. И. Брежнев руководили страной. Это известно.",
        ["Н. С. Хрущёв и Л. И. Брежнев руководили страной.", "Это известно."],
    ),
    (
        "Сайт fmprc.gov.cn сообщает об этом. Так и есть.",
        ["Сайт fmprc.gov.cn сообщает об этом.", "Так и есть."],
    ),
    ("Он родился в 1950 г. в Москве. Учился там же.", ["Он родился в 1950 г. в Москве.", "Учился там же."]),
]

FR = [
    ("M. Dupont est arrivé. Il était en retard.", ["M. Dupont est arrivé.", "Il était en retard."]),
    ("Mme Martin a parlé. Tout le monde a écouté.", ["Mme Martin a parlé.", "Tout le monde a écouté."]),
    ("Le taux est de 3,5 %. C’est beaucoup.", ["Le taux est de 3,5 %.", "C’est beaucoup."]),
    ("« Nous partons. » Il est parti.", ["« Nous partons. »", "Il est parti."]),
    ("Il a dit : « Venez ! » Personne n’est venu.", ["Il a dit : « Venez ! »", "Personne n’est venu."]),
    ("Vraiment ? Oui.", ["Vraiment ?", "Oui."]),
    ("Voir p. 5 du rapport. C’est clair.", ["Voir p. 5 du rapport.", "C’est clair."]),
    ("Il est né au XVIIIe siècle. Il est mort jeune.", ["Il est né au XVIIIe siècle.", "Il est mort jeune."]),
    (
        "Ils ont acheté des pommes, des poires, etc. Puis ils sont partis.",
        ["Ils ont acheté des pommes, des poires, etc.", "Puis ils sont partis."],
    ),
    ("Le Dr Martin est là. Il attend.", ["Le Dr Martin est là.", "Il attend."]),
    ("Attendez... Que se passe-t-il ?", ["Attendez...", "Que se passe-t-il ?"]),
    ("Il hésita... puis repartit.", ["Il hésita... puis repartit."]),
    (
        "L’ONU a été fondée en 1945. Elle compte 193 membres.",
        ["L’ONU a été fondée en 1945.", "Elle compte 193 membres."],
    ),
    (
        "Le 18e Congrès du PCC s’est tenu en 2012. Il a élu un nouveau comité.",
        ["Le 18e Congrès du PCC s’est tenu en 2012.", "Il a élu un nouveau comité."],
    ),
    ("(Voir ci-dessus.) La suite est simple.", ["(Voir ci-dessus.)", "La suite est simple."]),
    (
        "Le sommet a eu lieu le 27 déc. à Pékin. Xi Jinping y a participé.",
        ["Le sommet a eu lieu le 27 déc. à Pékin.", "Xi Jinping y a participé."],
    ),
    ("J.-P. Sartre a écrit ce livre. Il est célèbre.", ["J.-P. Sartre a écrit ce livre.", "Il est célèbre."]),
    ("Cf. chapitre 3. Le chapitre est long.", ["Cf. chapitre 3.", "Le chapitre est long."]),
    ("Il a répondu : « Non. » Puis il est parti.", ["Il a répondu : « Non. »", "Puis il est parti."]),
    ("C’est fini ! Nous rentrons.", ["C’est fini !", "Nous rentrons."]),
    (
        "Le texte est sur fmprc.gov.cn. Il est officiel.",
        ["Le texte est sur fmprc.gov.cn.", "Il est officiel."],
    ),
    ("Les États-Unis, la Chine, etc. sont concernés.", ["Les États-Unis, la Chine, etc. sont concernés."]),
    ("Mlle Dubois arrive. Elle est en avance.", ["Mlle Dubois arrive.", "Elle est en avance."]),
    ("Le prix est de 10 €. Il a augmenté.", ["Le prix est de 10 €.", "Il a augmenté."]),
    ("Quoi ?! C’est impossible.", ["Quoi ?!", "C’est impossible."]),
    (
        "Me Durand, avocat, a plaidé. Le juge a tranché.",
        ["Me Durand, avocat, a plaidé.", "Le juge a tranché."],
    ),
]

DE = [
    ("Am 3. Oktober ist Feiertag. Dann ruhen alle.", ["Am 3. Oktober ist Feiertag.", "Dann ruhen alle."]),
    (
        "Der 2. Weltkrieg endete 1945. Danach kam der Wiederaufbau.",
        ["Der 2. Weltkrieg endete 1945.", "Danach kam der Wiederaufbau."],
    ),
    (
        "Es gibt z. B. Äpfel und Birnen. Die sind frisch.",
        ["Es gibt z. B. Äpfel und Birnen.", "Die sind frisch."],
    ),
    ("Es gibt z.B. Äpfel. Die sind frisch.", ["Es gibt z.B. Äpfel.", "Die sind frisch."]),
    ("Dr. Müller kam spät. Er entschuldigte sich.", ["Dr. Müller kam spät.", "Er entschuldigte sich."]),
    ("Die Inflation lag bei 3,5 %. Das ist hoch.", ["Die Inflation lag bei 3,5 %.", "Das ist hoch."]),
    ("Das war im Jahr 1990. Dann fiel die Mauer.", ["Das war im Jahr 1990.", "Dann fiel die Mauer."]),
    (
        "Er las Bücher, Zeitungen usw. Dann schlief er ein.",
        ["Er las Bücher, Zeitungen usw.", "Dann schlief er ein."],
    ),
    ("Siehe S. 12 im Bericht. Dort steht alles.", ["Siehe S. 12 im Bericht.", "Dort steht alles."]),
    ("Das ist d. h. wichtig. Wir handeln.", ["Das ist d. h. wichtig.", "Wir handeln."]),
    ("Wie bitte? Das glaube ich nicht!", ["Wie bitte?", "Das glaube ich nicht!"]),
    ("„Wir gehen“, sagte er. Alle schwiegen.", ["„Wir gehen“, sagte er.", "Alle schwiegen."]),
    ("Er sagte: „Es ist vorbei.“ Niemand antwortete.", ["Er sagte: „Es ist vorbei.“", "Niemand antwortete."]),
    ("Nr. 5 ist vergeben. Nr. 6 ist frei.", ["Nr. 5 ist vergeben.", "Nr. 6 ist frei."]),
    ("Er kam ca. 10 Min. zu spät. Alle warteten.", ["Er kam ca. 10 Min. zu spät.", "Alle warteten."]),
    ("Ludwig XIV. war König. Er regierte lange.", ["Ludwig XIV. war König.", "Er regierte lange."]),
    (
        "Das Treffen fand am 27. und 28. Dezember statt. Xi Jinping nahm teil.",
        ["Das Treffen fand am 27. und 28. Dezember statt.", "Xi Jinping nahm teil."],
    ),
    ("Er wartete... Dann ging er.", ["Er wartete...", "Dann ging er."]),
    ("Er wartete... und ging.", ["Er wartete... und ging."]),
    (
        "Prof. Dr. Schmidt sprach zuerst. Die Zuhörer lauschten.",
        ["Prof. Dr. Schmidt sprach zuerst.", "Die Zuhörer lauschten."],
    ),
    (
        "Die Sitzung bzw. Tagung war kurz. Sie endete früh.",
        ["Die Sitzung bzw. Tagung war kurz.", "Sie endete früh."],
    ),
    ("Es waren 12. Dann kamen mehr.", ["Es waren 12.", "Dann kamen mehr."]),
    (
        "Im 18. Jh. entstand die Stadt. Sie wuchs schnell.",
        ["Im 18. Jh. entstand die Stadt.", "Sie wuchs schnell."],
    ),
    (
        "Die EU, die UNO u. a. Organisationen halfen. Es war genug.",
        ["Die EU, die UNO u. a. Organisationen halfen.", "Es war genug."],
    ),
    ("Was?! Das ist unmöglich.", ["Was?!", "Das ist unmöglich."]),
    ("Vgl. Abs. 3 des Gesetzes. Das ist eindeutig.", ["Vgl. Abs. 3 des Gesetzes.", "Das ist eindeutig."]),
]

ES = [
    ("El Sr. García llegó tarde. Nadie dijo nada.", ["El Sr. García llegó tarde.", "Nadie dijo nada."]),
    ("¿Vienes mañana? ¡Claro que sí!", ["¿Vienes mañana?", "¡Claro que sí!"]),
    ("La Dra. López habló primero. Todos escucharon.", ["La Dra. López habló primero.", "Todos escucharon."]),
    (
        "EE. UU. y China firmaron. El acuerdo es histórico.",
        ["EE. UU. y China firmaron.", "El acuerdo es histórico."],
    ),
    ("Viajó a EE. UU. El viaje fue largo.", ["Viajó a EE. UU.", "El viaje fue largo."]),
    ("La inflación fue del 3,5 %. Es alta.", ["La inflación fue del 3,5 %.", "Es alta."]),
    (
        "Compraron manzanas, peras, etc. Luego se fueron.",
        ["Compraron manzanas, peras, etc.", "Luego se fueron."],
    ),
    ("Véase la pág. 12 del informe. Allí está.", ["Véase la pág. 12 del informe.", "Allí está."]),
    ("Dijo: «Nos vamos.» Nadie respondió.", ["Dijo: «Nos vamos.»", "Nadie respondió."]),
    ("Esperó... Luego se fue.", ["Esperó...", "Luego se fue."]),
    ("Esperó... y se fue.", ["Esperó... y se fue."]),
    ("Ud. tiene razón. Gracias.", ["Ud. tiene razón.", "Gracias."]),
    ("El año 1990 fue clave. En él cayó el muro.", ["El año 1990 fue clave.", "En él cayó el muro."]),
    ("El art. 5 lo prohíbe. Es claro.", ["El art. 5 lo prohíbe.", "Es claro."]),
    ("Lo dijo p. ej. en la reunión. Todos lo oyeron.", ["Lo dijo p. ej. en la reunión.", "Todos lo oyeron."]),
    ("Nació en el 500 a. C. en Grecia. Fue filósofo.", ["Nació en el 500 a. C. en Grecia.", "Fue filósofo."]),
    ("¿Qué? ¿Cómo? No entiendo.", ["¿Qué?", "¿Cómo?", "No entiendo."]),
    (
        "El XVIII Congreso del PCCh se celebró en 2012. Eligió una nueva dirección.",
        ["El XVIII Congreso del PCCh se celebró en 2012.", "Eligió una nueva dirección."],
    ),
    (
        "Visite fmprc.gov.cn para más detalles. Es oficial.",
        ["Visite fmprc.gov.cn para más detalles.", "Es oficial."],
    ),
    ("(Véase arriba.) El resto es sencillo.", ["(Véase arriba.)", "El resto es sencillo."]),
    ("—Sí —dijo él—. Vamos.", ["—Sí —dijo él—.", "Vamos."]),
    ("La Srta. Pérez llegó. Estaba contenta.", ["La Srta. Pérez llegó.", "Estaba contenta."]),
    ("¡Qué sorpresa! Nadie lo esperaba.", ["¡Qué sorpresa!", "Nadie lo esperaba."]),
    ("El Prof. Ruiz dio la clase. Fue interesante.", ["El Prof. Ruiz dio la clase.", "Fue interesante."]),
    (
        "Se reunieron el 27 de dic. en Pekín. Asistió Xi Jinping.",
        ["Se reunieron el 27 de dic. en Pekín.", "Asistió Xi Jinping."],
    ),
    ("Núm. 7 está libre. Pase.", ["Núm. 7 está libre.", "Pase."]),
]

ZH = [
    ("会议在北京举行。习近平出席会议。", ["会议在北京举行。", "习近平出席会议。"]),
    ("他说：“我们走吧。”大家都同意。", ["他说：“我们走吧。”", "大家都同意。"]),
    ("“走吧！”，他说。", ["“走吧！”，他说。"]),
    ("你去吗？我去！", ["你去吗？", "我去！"]),
    ("一是加强领导；二是深化改革；三是扩大开放。", ["一是加强领导；", "二是深化改革；", "三是扩大开放。"]),
    ("我们要加强领导；要深化改革。", ["我们要加强领导；要深化改革。"]),
    ("GDP增长了3.5%。这是好消息。", ["GDP增长了3.5%。", "这是好消息。"]),
    ("他来自U.S.A.公司。", ["他来自U.S.A.公司。"]),
    ("会议指出：一是坚持原则；二是守正创新。", ["会议指出：一是坚持原则；", "二是守正创新。"]),
    ("他说……然后走了。", ["他说……然后走了。"]),
    ("这是真的吗?是的。", ["这是真的吗?", "是的。"]),
    ("（一）总体要求；（二）主要任务。", ["（一）总体要求；", "（二）主要任务。"]),
    ("第一，坚持原则；第二，守正创新。", ["第一，坚持原则；", "第二，守正创新。"]),
    ("党的十八大以来，我国外交取得历史性成就。", ["党的十八大以来，我国外交取得历史性成就。"]),
    ("他读了《红楼梦》。很好看。", ["他读了《红楼梦》。", "很好看。"]),
    ("他说：“你好！”“你好！”她回答。", ["他说：“你好！”", "“你好！”她回答。"]),
    ("首先，我们要团结；其次，要奋斗。", ["首先，我们要团结；", "其次，要奋斗。"]),
    ("（见附件。）下面是正文。", ["（见附件。）", "下面是正文。"]),
    ("高质量共建“一带一路”取得成效。", ["高质量共建“一带一路”取得成效。"]),
    ("他问：“为什么？”我没有回答。", ["他问：“为什么？”", "我没有回答。"]),
    ("真的！？太好了。", ["真的！？", "太好了。"]),
    ("2023年12月27日至28日，会议举行。", ["2023年12月27日至28日，会议举行。"]),
    ("Yahoo!是一家公司。", ["Yahoo!是一家公司。"]),
    ("一、总体要求；二、主要任务。", ["一、总体要求；", "二、主要任务。"]),
    ("这一点非常重要。 下一句有空格。", ["这一点非常重要。", "下一句有空格。"]),
    (
        "“一带一路”倡议提出十年了。它已成为国际公共产品。",
        ["“一带一路”倡议提出十年了。", "它已成为国际公共产品。"],
    ),
]

JA = [
    ("今日は晴れです。明日は雨です。", ["今日は晴れです。", "明日は雨です。"]),
    ("「行こう。」と彼は言った。", ["「行こう。」と彼は言った。"]),
    ("本当ですか？はい、そうです。", ["本当ですか？", "はい、そうです。"]),
    ("すごい！やった！", ["すごい！", "やった！"]),
    ("第一に、原則を守る；第二に、革新する。", ["第一に、原則を守る；", "第二に、革新する。"]),
    ("彼は「なぜ？」と聞いた。", ["彼は「なぜ？」と聞いた。"]),
    ("価格は3.5%上昇した。驚きだ。", ["価格は3.5%上昇した。", "驚きだ。"]),
    ("会議は北京で開かれた。習近平が出席した。", ["会議は北京で開かれた。", "習近平が出席した。"]),
    ("えっ！？本当に？", ["えっ！？", "本当に？"]),
    ("『源氏物語』を読んだ。面白かった。", ["『源氏物語』を読んだ。", "面白かった。"]),
    ("彼は言った。「さようなら。」そして去った。", ["彼は言った。", "「さようなら。」", "そして去った。"]),
    ("ＡＢＣ社は成長した．次の年も成長した．", ["ＡＢＣ社は成長した．", "次の年も成長した．"]),
    ("待って…それから？", ["待って…それから？"]),
    ("Yahoo!はサービスです。", ["Yahoo!はサービスです。"]),
    ("（１）目的；（２）方法。", ["（１）目的；", "（２）方法。"]),
    ("私は学生です。 あなたは？", ["私は学生です。", "あなたは？"]),
    ("まず、準備する；次に、実行する。", ["まず、準備する；", "次に、実行する。"]),
    ("「行くの？」「行くよ。」", ["「行くの？」", "「行くよ。」"]),
    ("日本の人口は約1.2億人である。多い。", ["日本の人口は約1.2億人である。", "多い。"]),
    ("彼は「はい。」と答えた。", ["彼は「はい。」と答えた。"]),
    ("ｱｲｳ｡ｴｵ｡", ["ｱｲｳ｡", "ｴｵ｡"]),
    ("それは本当だ！と彼は叫んだ。", ["それは本当だ！と彼は叫んだ。"]),
    ("２０２３年１２月２７日、会議が開かれた。", ["２０２３年１２月２７日、会議が開かれた。"]),
    ("ええと……わかりません。", ["ええと……わかりません。"]),
    (
        "「一帯一路」構想が提唱された。それは十年前のことだ。",
        ["「一帯一路」構想が提唱された。", "それは十年前のことだ。"],
    ),
    ("なぜ?どうして?", ["なぜ?", "どうして?"]),
]

CASES = {"en": EN, "ru": RU, "fr": FR, "de": DE, "es": ES, "zh": ZH, "ja": JA}
