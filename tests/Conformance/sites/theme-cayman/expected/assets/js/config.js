window.siteConfig = { baseurl: "/toolkit", title: "Fictional Segmentation Toolkit" };
