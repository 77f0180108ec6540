"""The words of the site's navigation and pages, per edition (the chapters bring their own)."""

LABELS = {
    "en": {
        "language_name": "English",
        "site_title": "Standard 2-D convolution with PaddlePaddle",
        "intro": (
            "A course of Jupyter notebooks on the standard 2-D convolution of deep learning, from the "
            "hand-computed 3x3 example to edge detection and blurring on real photos. Every number is "
            "checked by code, by hand, with a NumPy reference and with Paddle itself."
        ),
        "navigation": "Site navigation",
        "home": "Course home",
        "chapter": "Chapter",
        "book": "Chapter page",
        "handout": "Handout",
        "handouts_index": "the handouts",
        "slides": "Slides",
        "guide": "Teacher's guide",
        "you_will_learn": "You will learn",
        "for_teachers": "For teachers",
        "howto_book": (
            "Chapter pages show every cell with its stored output, solutions included: read them, or "
            "project them in a browser."
        ),
        "howto_slides": (
            "Slides: one deck per chapter. Right arrow or space for the next slide, Esc for an overview of "
            "all slides, F for full screen."
        ),
        "howto_handouts": (
            "Handouts have every figure but no solutions. The folder student/ stands alone (copy it to "
            "the class's computers or a USB stick):"
        ),
        "howto_offline": (
            "Everything here works opened from the files, without internet and without a server; the "
            "formulas are MathML, which the browser draws itself."
        ),
        "student_zip": "the student notebooks (zip)",
        "student_title": "Handouts",
        "student_intro": (
            "Each handout is a chapter with its figures and exercises, without the solutions. "
            "Open a chapter, read it, and try the exercises in JupyterLab with the student notebooks."
        ),
        "student_zip_note": (
            "Unzip it anywhere: it holds the chapters with their exercises, and the utils/ and img/ "
            "folders they need. Its README says how to set up Python once; then open the chapters in "
            "JupyterLab, replace ... with your answer and run the cell."
        ),
        "handout_banner": "Handout: the exercises are here, their solutions are not.",
        "guide_intro": "For the teacher: how to run this chapter in a 45-minute lesson.",
        "goals": "Learning goals",
        "plan": "A 45-minute lesson",
        "minutes": "Minutes",
        "activity": "What happens",
        "predict": "Predict before running",
        "predict_intro": (
            "At these cells, stop before running: let the class write down its prediction, then run and compare."
        ),
        "predict_none": "The checker has no prediction exercise in this chapter; the questions below serve instead.",
        "mistakes": "Common mistakes",
        "mistakes_intro": (
            "The wrong answers the exercise checker recognises, and the misunderstanding behind each. "
            "Listen for them while the class works."
        ),
        "exercise": "Exercise",
        "wrong_answer": "Wrong answer",
        "cause": "What it means",
        "no_mistakes": "The checker names no typical wrong answer for this one.",
        "questions": "Questions to ask the class",
    },
    "zh": {
        "language_name": "中文",
        "site_title": "PaddlePaddle 标准二维卷积",
        "intro": (
            "一门讲深度学习中标准二维卷积的 Jupyter 笔记本课程：从手算的 3x3 例子，到真实照片上的边缘检测和模糊。"
            "每个数字都用代码核对：手算一遍，用 NumPy 参考实现算一遍，再用 Paddle 本身算一遍。"
        ),
        "navigation": "网站导航",
        "home": "课程首页",
        "chapter": "章节",
        "book": "章节页面",
        "handout": "讲义",
        "handouts_index": "全部讲义",
        "slides": "幻灯片",
        # The teacher's guide is written once, in English; the Chinese pages link to it.
        "guide": "教师指南（英文）",
        "you_will_learn": "你将学到",
        "for_teachers": "供教师使用",
        "howto_book": "章节页面展示每个单元格及其保存的输出（含解答）：可以直接阅读，也可以在浏览器中投影。",
        "howto_slides": "幻灯片：每章一套。按右方向键或空格翻到下一张，按 Esc 查看全部幻灯片的概览，按 F 全屏。",
        "howto_handouts": "讲义包含全部的图，但不含解答。student/ 文件夹可以单独使用（复制到学生的电脑或 U 盘上）：",
        "howto_offline": (
            "这里的一切直接打开文件即可使用，不需要网络，也不需要服务器；公式是 MathML，由浏览器自己绘制。"
        ),
        "student_zip": "学生版笔记本（zip）",
        "student_title": "讲义",
        "student_intro": (
            "每份讲义是一章的正文、图和练习，不含解答。打开一章阅读，再用学生版笔记本在 JupyterLab 中做练习。"
        ),
        "student_zip_note": (
            "解压到任意位置即可：里面有各章及其练习，以及它们需要的 utils/ 和 img/ 文件夹。"
            "按其中 README 的说明配置一次 Python，然后在 JupyterLab 中打开各章，把 ... 换成你的答案并运行该单元格。"
        ),
        "handout_banner": "讲义：这里有练习，没有练习的解答。",
        "guide_intro": "供教师使用：如何用一节 45 分钟的课讲授本章。",
        "goals": "学习目标",
        "plan": "一节 45 分钟的课",
        "minutes": "分钟",
        "activity": "课堂活动",
        "predict": "运行前先预测",
        "predict_intro": "讲到这些单元格时先别运行：让全班写下预测，再运行并对照。",
        "predict_none": "本章没有由检查器判定的预测题；可以用下面的问题代替。",
        "mistakes": "常见错误",
        "mistakes_intro": "练习检查器能识别的错误答案，以及每个错误背后的误解。学生做题时，留意有没有人这样答。",
        "exercise": "练习",
        "wrong_answer": "错误答案",
        "cause": "说明什么",
        "no_mistakes": "检查器没有为这道题列出典型的错误答案。",
        "questions": "向全班提的问题",
    },
}
